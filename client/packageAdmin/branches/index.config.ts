export default definePageConfig({ navigationBarTitleText: '党支部管理', enablePageMeta: true });
