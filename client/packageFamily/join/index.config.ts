export default definePageConfig({ navigationBarTitleText: '我是家人' });
