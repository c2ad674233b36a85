/**
 * Pinyin syllables, to tell a typo from another name: "Ynog" is no pinyin, so it is "Yong"
 * misspelt; "Ming" is, so "Ping" and "Ming" are two people (spouses often share an email).
 */
const SYLLABLES = new Set(
  `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan
  chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan
  dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo
  fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong
  hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken
  keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou
  lu luan lun luo lv lve lyu ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei
  nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve nyu o ou pa pai pan pang pao pei pen peng pi pian piao
  pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua
  ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan
  shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun
  tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin
  ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou
  zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo`.split(/\s+/),
);

/** Whether a lower-case token is one or more whole pinyin syllables ("yong", "xiaoming"). */
export function isPinyin(token: string): boolean {
  if (!/^[a-z]+$/.test(token)) return false;
  const ok: boolean[] = [true];
  for (let end = 1; end <= token.length; end++) {
    ok[end] = false;
    for (let start = Math.max(0, end - 6); start < end && !ok[end]; start++) {
      const syllable = token.slice(start, end);
      // Pinyin writes an apostrophe before a syllable starting with a, e or o that follows another ("Xi'an"): without one, "zhaa" is no pinyin.
      ok[end] = !!ok[start] && SYLLABLES.has(syllable) && (start === 0 || !/^[aeo]/.test(syllable));
    }
  }
  return ok[token.length]!;
}

/** Whether a lower-case token is a single pinyin syllable ("ming"; "xiaoming" is two). */
export const isSyllable = (token: string): boolean => SYLLABLES.has(token);
