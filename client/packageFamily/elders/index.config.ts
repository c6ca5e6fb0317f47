export default definePageConfig({ navigationBarTitleText: '我帮办的老人' });
