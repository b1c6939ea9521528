import type { Config, Field, Plugin } from 'payload'

/** 2026年12月2日 16:52: how dates read in the admin (lists, document meta, date fields). */
export const ADMIN_DATE_TIME = 'yyyy年M月d日 HH:mm'
const ADMIN_DATE = 'yyyy年M月d日'

type Label = { zh: string; en: string }

/** Fields that carry no label of their own but still show up (list columns, filters, sort buttons). */
const labelsByName: Record<string, Label> = {
  statusChangedAt: { zh: '状态变更时间', en: 'Status changed at' },
}

type DateAdmin = { pickerAppearance?: string; displayFormat?: string; timeFormat?: string; overrides?: Record<string, unknown> }

function chineseDates(field: Extract<Field, { type: 'date' }>): void {
  const date: DateAdmin = (field.admin?.date as DateAdmin | undefined) ?? {}
  const appearance = date.pickerAppearance ?? 'default'
  const withTime = appearance === 'dayAndTime' || appearance === 'timeOnly'
  field.admin = {
    ...field.admin,
    date: {
      ...date,
      displayFormat: date.displayFormat ?? (appearance === 'timeOnly' ? 'HH:mm' : withTime ? ADMIN_DATE_TIME : appearance === 'default' || appearance === 'dayOnly' ? ADMIN_DATE : undefined),
      ...(withTime ? { timeFormat: date.timeFormat ?? 'HH:mm' } : {}),
      // react-datepicker's own caption above the time list is the English "Time".
      overrides: { timeCaption: '时间', timeInputLabel: '时间', ...date.overrides },
    } as NonNullable<typeof field.admin>['date'],
  }
}

function mend(fields: Field[]): void {
  for (const field of fields) {
    if ('name' in field && !('label' in field && field.label !== undefined) && labelsByName[field.name]) {
      ;(field as { label?: Label }).label = labelsByName[field.name]
    }
    if (field.type === 'date') chineseDates(field)
    // Without labels Payload names rows and the add button from the field's name ("Status History 01", "添加 Partner").
    if (field.type === 'array' && !field.labels && field.label && typeof field.label === 'object') {
      field.labels = { singular: field.label as Label, plural: field.label as Label }
    }
    if ('fields' in field && Array.isArray(field.fields)) mend(field.fields)
    if (field.type === 'tabs') for (const tab of field.tabs) mend(tab.fields)
    if (field.type === 'blocks') for (const block of field.blocks) if (typeof block === 'object') mend(block.fields)
  }
}

/**
 * The admin as a Chinese social worker reads it: Chinese dates with 24-hour time, no English labels
 * derived from field names, no "[object Object]" in sort buttons. Runs over every collection and global,
 * so fields added later get the same treatment.
 */
export const chineseAdmin: Plugin = (config: Config): Config => {
  for (const collection of config.collections ?? []) mend(collection.fields)
  for (const global of config.globals ?? []) mend(global.fields)
  return {
    ...config,
    admin: { ...config.admin, dateFormat: ADMIN_DATE_TIME },
    i18n: {
      ...config.i18n,
      translations: {
        ...config.i18n?.translations,
        zh: {
          ...config.i18n?.translations?.zh,
          general: {
            ...(config.i18n?.translations?.zh as { general?: object } | undefined)?.general,
            // Payload hands the column's label object, not its text, to this message ("按 [object Object] 升序 排序");
            // the buttons sit in the column's own heading, which names the column.
            sortByLabelDirection: '按此列{{direction}}排序',
          },
        },
        en: {
          ...config.i18n?.translations?.en,
          general: {
            ...(config.i18n?.translations?.en as { general?: object } | undefined)?.general,
            sortByLabelDirection: 'Sort this column {{direction}}',
          },
        },
      },
    },
  }
}
