export default definePageConfig({ navigationBarTitleText: '家人帮办', enablePageMeta: true });
