export default definePageConfig({
  navigationBarTitleText: '家庭共济',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
