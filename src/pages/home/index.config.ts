export default definePageConfig({
  navigationBarTitleText: '医保小帮手',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
