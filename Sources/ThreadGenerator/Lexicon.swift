/// Words and name parts the generator draws from, several scripts so that width, wrapping
/// and search are exercised on accents, Cyrillic, CJK and emoji, not only ASCII.
enum Lexicon {
    enum Language: CaseIterable { case english, romance, russian, chinese }

    static let english = """
        the a of and to in that it is was for on are with as his they be at one have this from or had by \
        not but what some we can out other were all there when up use your how said an each she which do \
        their time if will way about many then them write would like so these her long make thing see him \
        two has look more day could go come did number sound most people over know water than call first \
        who may down side been now find any new work part take get place made live where after back little \
        only round man year came show every good me give our under name very through just form sentence \
        great think say help low line differ turn cause much mean before move right boy old too same tell \
        does set three want air well also play small end put home read hand port large spell add even land \
        here must big high such follow act why ask men change went light kind off need house picture try \
        again animal point mother world near build self earth father government policy market evidence \
        argument article source claim reason problem question answer history country election economy \
        energy price war peace treaty border court law vote minister report study data model budget tax
        """.split(separator: " ").map(String.init)

    static let romance = """
        le la les des une est pour avec sans très déjà là où été être français économie société gouvernement \
        el los las una por con según también además así región política acción información opinión \
        não são então também coração nação eleição última público próximo século través après même \
        über für schön Straße größer Mädchen würde wäre können Bürger
        """.split(separator: " ").map(String.init)

    static let russian = """
        и в не на я что он с это как а то все она так его но да ты к у же вы за бы по только ее мне было \
        вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас \
        нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их \
        чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот правительство россия \
        экономика выборы граница война мир закон
        """.split(separator: " ").map(String.init)

    /// Chinese is written without spaces: these are phrases that sentences join directly.
    static let chinese = """
        我们 认为 这个 问题 非常 重要 政府 经济 发展 已经 可能 没有 他们 因为 所以 但是 如果 什么 时候 \
        国家 世界 人民 历史 文化 社会 市场 价格 选举 战争 和平 条约 边界 法律 报告 数据 研究 东京 日本語 \
        ひらがな カタカナ 한국어 서울
        """.split(separator: " ").map(String.init)

    static let emoji = ["🙂", "😂", "👍", "🔥", "🤔", "❤️", "🎉", "🙄", "😅", "👀", "🇺🇦", "👨‍👩‍👧"]

    static let firstNames = """
        James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan \
        Joseph Jessica Thomas Sarah Charles Karen José María François Zoë Søren Björn Agnès Łukasz Renée \
        Jürgen Inés Ольга Иван Сергей Наталья Дмитрий Hasbara Jens Jason Jimmy Aiko Kenji Priya Arjun Ngozi
        """.split(separator: " ").map(String.init)

    static let lastNames = """
        Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernández Holm Tribolini \
        Müller Dubois Nørgaard Kowalski Petrova Иванов Смирнова Kuznetsov Tanaka Sato Okafor Sharma Silva \
        Costa O'Brien MacLeod Dijk
        """.split(separator: " ").map(String.init)

    static let chineseNames = ["王伟", "陈晓明", "李娜", "张静", "刘洋", "杨帆", "黄磊", "周杰", "吴敏", "徐丽"]

    static let handleWords = ["pixel", "oven", "spring", "night", "owl", "river", "dr.lens", "mike", "grumpy",
                              "quiet", "desert", "flame", "old", "salt", "sky", "iron", "paper", "fox"]
}
