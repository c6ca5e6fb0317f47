export default definePageConfig({ navigationBarTitleText: '签到和登记', enablePageMeta: true });
