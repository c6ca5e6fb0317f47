export default definePageConfig({ navigationBarTitleText: '替老人报名小讲堂' });
