import { SamplePicture } from '../charts/SamplePicture';
import { useDatasetShape } from '../state/playground-context';

const PICTURE_PX = 56;

/** A row of samples (images, signals or points as bars), each named "`label` n". */
export function SampleStrip({
  values,
  count,
  label,
}: {
  values: Float32Array;
  count: number;
  label: string;
}) {
  const shape = useDatasetShape();
  return (
    <div className="sample-strip">
      {Array.from({ length: count }, (_, index) => (
        <SamplePicture
          key={index}
          values={values}
          offset={index * shape.features}
          shape={shape}
          size={PICTURE_PX}
          label={`${label} ${index + 1}`}
        />
      ))}
    </div>
  );
}
