import { shanghaiParts } from '@/lib/content/dates'
import type { Signup } from '@/payload-types'
import { phoneEnding } from '@/signup/staff'

const clock = (iso: string) => {
  const p = shanghaiParts(iso)
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
}

/**
 * One person at the door: name, party, the phone's last four digits, needs, and a big 到了 button;
 * once arrived, a big 走了 button (check-out: the span is the default service time when volunteers are recorded).
 */
export function CheckInRow({ s, back }: { s: Signup; back: string }) {
  const button = (action: string, label: string, primary = false) => (
    <form className="inline" method="post" action="/staff/actions">
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="id" value={s.id} />
      <input type="hidden" name="back" value={back} />
      <button className={primary ? 'big primary' : 'big'} type="submit">
        {label}
      </button>
    </form>
  )
  return (
    <div className="row">
      <div className="who">
        <strong>{s.name}</strong>（{s.partySize} 人）
        <small>
          尾号 {phoneEnding(s.phone) || '—'}
          {s.pickup ? ' · 接送' : ''}
          {s.mobility === 'wheelchair' ? ' · 轮椅' : s.mobility === 'limited' ? ' · 行动不便' : ''}
          {s.diet ? ` · 忌口：${s.diet}` : ''}
        </small>
      </div>
      {s.attendance === 'attended' && s.checkedOutAt ? (
        <>
          <span className="done">
            ✓ 到了{s.checkedInAt ? ` ${clock(s.checkedInAt)}` : ''} · 走了 {clock(s.checkedOutAt)}
          </span>
          {button('undoCheckOut', '撤销签退')}
        </>
      ) : s.attendance === 'attended' ? (
        <>
          <span className="done">✓ 到了{s.checkedInAt ? ` ${clock(s.checkedInAt)}` : ''}</span>
          {button('checkedOut', '走了', true)}
          {button('undo', '撤销')}
        </>
      ) : (
        <>
          {button('attended', '到了', true)}
          {s.attendance === 'noShow' ? <span>未到</span> : button('noShow', '未到')}
        </>
      )}
    </div>
  )
}

