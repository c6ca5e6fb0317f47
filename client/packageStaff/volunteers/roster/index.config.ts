export default definePageConfig({ navigationBarTitleText: '报名和签到', enablePageMeta: true });
