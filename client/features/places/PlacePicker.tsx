import { Text, View } from '@tarojs/components';
import { FormField, OptionGroup, TextBox } from '../../ui';
import { usePlaces } from './use-places';

export interface PlaceChoice {
  place: string;
  /** Set while the text is a place staff entered: the record then keeps its address and map position. */
  placeId?: string;
}

interface Props {
  value: PlaceChoice;
  onChange: (next: PlaceChoice) => void;
  error?: string;
  hint?: string;
}

/**
 * 地点: tap one of the places staff entered (it brings its address and map), or type another. Typing
 * anything other than the chosen place's name lets go of the choice, so a typed place never carries a
 * wrong map position.
 */
export function PlacePicker({ value, onChange, error, hint }: Props) {
  const { places, state } = usePlaces();
  const options = places.map((p) => ({ value: p.id, label: p.name }));
  const nameOf = (id?: string) => places.find((p) => p.id === id)?.name;
  return (
    <FormField label='地点' hint={hint ?? '点一下常用地点，或在下面直接填写'} error={error}>
      <View id='place-picker'>
        {state.status === 'loading' && <Text className='field-hint'>正在读取常用地点…</Text>}
        {options.length > 0 && (
          <OptionGroup
            label='常用地点'
            options={options}
            value={value.placeId}
            onChange={(id) => onChange({ place: nameOf(id) ?? value.place, placeId: id })}
          />
        )}
        <TextBox
          label='地点'
          value={value.place}
          maxlength={40}
          placeholder='例如：某村村部院坝'
          onChange={(place) => onChange({ place, ...(value.placeId && nameOf(value.placeId) === place ? { placeId: value.placeId } : {}) })}
        />
      </View>
    </FormField>
  );
}
