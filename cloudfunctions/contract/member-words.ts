/** 一人一策: what a retiree tells the bureau about themselves, so help fits the person. */
export const LIVING_SITUATIONS = ['alone', 'with_spouse', 'with_children', 'care_home'] as const;
export const LIVING_SITUATION_LABELS: Record<(typeof LIVING_SITUATIONS)[number], string> = {
  alone: '独居',
  with_spouse: '与老伴同住',
  with_children: '与子女同住',
  care_home: '住养老机构',
};

export const MOBILITY_LEVELS = ['good', 'limited', 'homebound'] as const;
export const MOBILITY_LABELS: Record<(typeof MOBILITY_LEVELS)[number], string> = {
  good: '行动方便',
  limited: '行动不太方便',
  homebound: '基本不能出门',
};

/** 送学上门 goes to a door: whoever asks for it says where the door is. */
export const ADDRESS_FOR_DELIVERY = '需要送学上门的，请填写家庭住址，送学的同志才找得到您家';
