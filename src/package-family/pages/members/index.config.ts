export default definePageConfig({
  navigationBarTitleText: '家人',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
