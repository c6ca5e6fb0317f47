export default definePageConfig({ navigationBarTitleText: '关爱服务', enablePageMeta: true });
