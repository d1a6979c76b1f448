/** The generator's action picker: a service's actions by access level, filtered, or all of them. */
import { useState } from "react";
import type { CatalogServiceDetail } from "../api";
import { actionName } from "../policy-builder";

const LEVELS = ["List", "Read", "Write", "Permissions management", "Tagging"];

export function GeneratorActions(props: {
  detail: CatalogServiceDetail;
  chosen: string[];
  onChange(chosen: string[]): void;
}) {
  const [filter, setFilter] = useState("");
  const { prefix } = props.detail;
  const all = `${prefix}:*`;
  const needle = filter.trim().toLowerCase();
  const toggle = (name: string) =>
    props.onChange(
      props.chosen.includes(name)
        ? props.chosen.filter((c) => c !== name)
        : [...props.chosen.filter((c) => c !== all), name],
    );
  const levels = [
    ...LEVELS,
    ...new Set(props.detail.actions.map((a) => a.accessLevel).filter((l) => !LEVELS.includes(l))),
  ];
  return (
    <fieldset className="picker">
      <legend>Actions of {props.detail.name}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={props.chosen.includes(all)}
          onChange={() => props.onChange(props.chosen.includes(all) ? [] : [all])}
        />{" "}
        All actions ({all})
      </label>
      <label htmlFor="gen-action-filter" className="sr-only">
        Filter actions
      </label>
      <input
        id="gen-action-filter"
        type="search"
        placeholder="Filter actions"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {levels.map((level) => {
        const actions = props.detail.actions.filter(
          (a) => a.accessLevel === level && a.name.toLowerCase().includes(needle),
        );
        if (actions.length === 0) return null;
        return (
          <div key={level}>
            <h4>
              {level} ({actions.length})
            </h4>
            <ul>
              {actions.map((a) => {
                const name = actionName(prefix, a.name);
                return (
                  <li key={a.name}>
                    <label>
                      <input
                        type="checkbox"
                        checked={props.chosen.includes(name)}
                        onChange={() => toggle(name)}
                      />{" "}
                      {a.name}
                    </label>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </fieldset>
  );
}
