export default definePageConfig({ navigationBarTitleText: '替老人提金点子' });
