export default definePageConfig({ navigationBarTitleText: '帮扶和慰问金', enablePageMeta: true });
