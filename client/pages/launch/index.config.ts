export default definePageConfig({ navigationBarTitleText: '银铃e家', enablePageMeta: true });
