export default definePageConfig({ navigationBarTitleText: '任免队长', enablePageMeta: true });
