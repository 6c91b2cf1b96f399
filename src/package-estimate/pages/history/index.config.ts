export default definePageConfig({
  navigationBarTitleText: '测算记录',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
