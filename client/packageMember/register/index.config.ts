export default definePageConfig({ navigationBarTitleText: '一人一策登记', enablePageMeta: true });
