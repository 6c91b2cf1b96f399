export default definePageConfig({
  navigationBarTitleText: '全国政策',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
