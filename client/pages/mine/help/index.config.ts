export default definePageConfig({ navigationBarTitleText: '使用帮助', enablePageMeta: true });
