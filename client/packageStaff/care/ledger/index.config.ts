export default definePageConfig({ navigationBarTitleText: '服务台账', enablePageMeta: true });
