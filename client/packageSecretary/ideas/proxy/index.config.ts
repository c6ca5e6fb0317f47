export default definePageConfig({ navigationBarTitleText: '代录金点子', enablePageMeta: true });
