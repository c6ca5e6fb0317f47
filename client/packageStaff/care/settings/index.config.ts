export default definePageConfig({ navigationBarTitleText: '关爱服务设置', enablePageMeta: true });
