export default definePageConfig({ navigationBarTitleText: '办理金点子', enablePageMeta: true });
