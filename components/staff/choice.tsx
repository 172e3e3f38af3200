type Option = { id: number; name: string };

/** A filter select: the organisation's companies, or units grouped by company. */
export function Choice(props: {
  name: string;
  label: string;
  value?: number;
  groups: { label?: string; options: Option[] }[];
}) {
  const options = (list: Option[]) =>
    list.map((option) => (
      <option key={option.id} value={option.id}>
        {option.name}
      </option>
    ));
  return (
    <div>
      <label htmlFor={props.name} className="label">
        {props.label}
      </label>
      <select id={props.name} name={props.name} defaultValue={props.value ?? ''} className="input">
        <option value="">—</option>
        {props.groups.map((group) =>
          group.label && props.groups.length > 1 ? (
            <optgroup key={group.label} label={group.label}>
              {options(group.options)}
            </optgroup>
          ) : (
            options(group.options)
          ),
        )}
      </select>
    </div>
  );
}
