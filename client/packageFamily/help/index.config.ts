export default definePageConfig({ navigationBarTitleText: '替老人求助' });
