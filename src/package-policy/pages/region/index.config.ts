export default definePageConfig({
  navigationBarTitleText: '地区政策',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
