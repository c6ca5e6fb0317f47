export default definePageConfig({ navigationBarTitleText: '提金点子', enablePageMeta: true });
