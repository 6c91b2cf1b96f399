export default definePageConfig({
  navigationBarTitleText: '我该办哪个',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
