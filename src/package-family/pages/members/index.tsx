import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import PageShell from '@/components/page-shell'
import LinkRow from '@/components/link-row'
import FamilyMemberForm from '@/package-family/components/member-form'
import { useSharePage } from '@/hooks/use-share-page'
import { routes } from '@/routes'
import { regionName } from '@/data/region-index'
import { FAMILY_CAP, useFamilyStore, type StoredMember } from '@/store/family-store'
import { type FamilyMember } from '@/domain/family/member'
import './index.scss'
import { RELATION_LABELS, SCHEME_LABELS } from '@/domain/vocab'

const newId = () => `m-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`

function describe(m: FamilyMember): string {
  const status = m.scheme === 'employee' ? ` · ${m.status === 'retired' ? '退休' : '在职'}` : ''
  return `${RELATION_LABELS[m.relation]} · ${regionName(m.regionId)} · ${SCHEME_LABELS[m.scheme]}${status}`
}

export default function Members() {
  useSharePage('家人', routes.familyMembers())
  const { members, upsert, remove } = useFamilyStore()
  const [editing, setEditing] = useState<'new' | StoredMember | null>(null)

  const save = (member: FamilyMember) => {
    upsert({ ...member, id: editing && editing !== 'new' ? editing.id : newId() })
    setEditing(null)
    Taro.showToast({ title: '已保存', icon: 'none' })
  }
  const confirmRemove = async (m: StoredMember) => {
    const r = await Taro.showModal({ title: '删除家人', content: `确定删除“${m.nickname}”吗？`, confirmText: '删除', confirmColor: '#b42318' })
    if (r.confirm) remove(m.id)
  }

  if (editing) {
    return (
      <PageShell>
        <FamilyMemberForm initial={editing === 'new' ? undefined : editing} onSave={save} onCancel={() => setEditing(null)} />
      </PageShell>
    )
  }
  return (
    <PageShell>
      <View className='card'>
        <Text className='t-title'>家人</Text>
        <View>
          <Text className='t-body'>只记称呼、关系、参保地和医保类型，方便查共济时直接选择。</Text>
        </View>
        <View>
          <Text className='t-small'>这些信息只保存在这台手机上，不上传；不填、也不保存姓名、身份证号和手机号。</Text>
        </View>
      </View>
      {members.length === 0 ? (
        <View className='card'>
          <Text className='t-body t-muted'>还没有添加家人。</Text>
        </View>
      ) : (
        members.map((m) => (
          <View key={m.id} className='card family-member' data-member={m.id}>
            <Text className='t-h2'>{m.nickname}</Text>
            <View>
              <Text className='t-body'>{describe(m)}</Text>
            </View>
            <View className='family-member__actions'>
              <Button className='btn btn--plain family-member__btn' onClick={() => setEditing(m)} data-action='edit-member'>
                修改
              </Button>
              <Button className='btn btn--danger family-member__btn' onClick={() => confirmRemove(m)} data-action='remove-member'>
                删除
              </Button>
            </View>
          </View>
        ))
      )}
      {members.length < FAMILY_CAP ? (
        <Button className='btn' onClick={() => setEditing('new')} data-action='add-member'>
          添加家人
        </Button>
      ) : (
        <Text className='t-small'>最多可以添加 {FAMILY_CAP} 位家人。</Text>
      )}
      <LinkRow title='能不能给家人用' desc='看看个人账户能不能给这位家人付钱' to={routes.familyChecker()} />
      <LinkRow title='家庭共济是什么' desc='谁能用、能付什么、省内和跨省' to={routes.family()} />
    </PageShell>
  )
}
