export default definePageConfig({ navigationBarTitleText: '金点子办理', enablePageMeta: true });
