export default definePageConfig({
  navigationBarTitleText: '能不能给家人用',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
