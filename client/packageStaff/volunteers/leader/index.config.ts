export default definePageConfig({ navigationBarTitleText: '任命队长', enablePageMeta: true });
