export default definePageConfig({
  navigationBarTitleText: '政策库',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
