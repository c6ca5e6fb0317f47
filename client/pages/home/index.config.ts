export default definePageConfig({ navigationBarTitleText: '首页', enablePageMeta: true });
