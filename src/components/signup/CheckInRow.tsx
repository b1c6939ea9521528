import type { Signup } from '@/payload-types'
import { phoneEnding } from '@/signup/staff'

/** One person at the door: name, party, the phone's last four digits, needs, and a big 到了 button. */
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
      {s.attendance === 'attended' ? (
        <>
          <span className="done">✓ 到了</span>
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

