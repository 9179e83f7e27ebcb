//! The benchmark corpus's world: countries in five languages, the names people of each country
//! are given, companies, cities and outlets. Written for the generator, independently of the
//! extractor's own lexicons (`src/lang/`), so the benchmark does not only feed the rules what
//! they already know. Sentence templates live in `templates.rs`.

/// How a country's people are named: which lists their names come from and in which script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Anglo,
    German,
    French,
    Russian,
    Ukrainian,
    Polish,
    Italian,
    Spanish,
    Turkish,
    Chinese,
    Japanese,
    Indian,
    Nordic,
    Arabic,
    Portuguese,
}

/// A country as each language writes it.
pub struct Country {
    pub code: &'static str,
    pub style: Style,
    /// English: name, demonym ("Russia", "Russian").
    pub en: [&'static str; 2],
    /// Russian: nominative, genitive, prepositional ("Россия", "России", "России").
    pub ru: [&'static str; 3],
    /// Ukrainian: nominative, genitive, locative.
    pub uk: [&'static str; 3],
    /// German: name, genitive ("Russlands"), adjective stem ("russisch"), "in ..." form.
    pub de: [&'static str; 4],
    /// French: name with its article, "de ..." form, adjective masculine, feminine, "en ..." form.
    pub fr: [&'static str; 5],
    /// The capital: en, ru, uk, de, fr.
    pub capital: [&'static str; 5],
}

macro_rules! country {
    ($code:literal, $style:ident, $en:expr, $ru:expr, $uk:expr, $de:expr, $fr:expr, $cap:expr) => {
        Country {
            code: $code,
            style: Style::$style,
            en: $en,
            ru: $ru,
            uk: $uk,
            de: $de,
            fr: $fr,
            capital: $cap,
        }
    };
}

pub const COUNTRIES: &[Country] = &[
    country!("RU", Russian, ["Russia", "Russian"], ["Россия", "России", "России"], ["Росія", "Росії", "Росії"], ["Russland", "Russlands", "russisch", "in Russland"], ["la Russie", "de la Russie", "russe", "russe", "en Russie"], ["Moscow", "Москва", "Москва", "Moskau", "Moscou"]),
    country!("UA", Ukrainian, ["Ukraine", "Ukrainian"], ["Украина", "Украины", "Украине"], ["Україна", "України", "Україні"], ["die Ukraine", "der Ukraine", "ukrainisch", "in der Ukraine"], ["l'Ukraine", "de l'Ukraine", "ukrainien", "ukrainienne", "en Ukraine"], ["Kyiv", "Киев", "Київ", "Kiew", "Kiev"]),
    country!("US", Anglo, ["the United States", "US"], ["США", "США", "США"], ["США", "США", "США"], ["die USA", "der USA", "US-amerikanisch", "in den USA"], ["les États-Unis", "des États-Unis", "américain", "américaine", "aux États-Unis"], ["Washington", "Вашингтон", "Вашингтон", "Washington", "Washington"]),
    country!("GB", Anglo, ["Britain", "British"], ["Великобритания", "Великобритании", "Великобритании"], ["Велика Британія", "Великої Британії", "Великій Британії"], ["Großbritannien", "Großbritanniens", "britisch", "in Großbritannien"], ["le Royaume-Uni", "du Royaume-Uni", "britannique", "britannique", "au Royaume-Uni"], ["London", "Лондон", "Лондон", "London", "Londres"]),
    country!("DE", German, ["Germany", "German"], ["Германия", "Германии", "Германии"], ["Німеччина", "Німеччини", "Німеччині"], ["Deutschland", "Deutschlands", "deutsch", "in Deutschland"], ["l'Allemagne", "de l'Allemagne", "allemand", "allemande", "en Allemagne"], ["Berlin", "Берлин", "Берлін", "Berlin", "Berlin"]),
    country!("FR", French, ["France", "French"], ["Франция", "Франции", "Франции"], ["Франція", "Франції", "Франції"], ["Frankreich", "Frankreichs", "französisch", "in Frankreich"], ["la France", "de la France", "français", "française", "en France"], ["Paris", "Париж", "Париж", "Paris", "Paris"]),
    country!("CN", Chinese, ["China", "Chinese"], ["Китай", "Китая", "Китае"], ["Китай", "Китаю", "Китаї"], ["China", "Chinas", "chinesisch", "in China"], ["la Chine", "de la Chine", "chinois", "chinoise", "en Chine"], ["Beijing", "Пекин", "Пекін", "Peking", "Pékin"]),
    country!("TR", Turkish, ["Turkey", "Turkish"], ["Турция", "Турции", "Турции"], ["Туреччина", "Туреччини", "Туреччині"], ["die Türkei", "der Türkei", "türkisch", "in der Türkei"], ["la Turquie", "de la Turquie", "turc", "turque", "en Turquie"], ["Ankara", "Анкара", "Анкара", "Ankara", "Ankara"]),
    country!("PL", Polish, ["Poland", "Polish"], ["Польша", "Польши", "Польше"], ["Польща", "Польщі", "Польщі"], ["Polen", "Polens", "polnisch", "in Polen"], ["la Pologne", "de la Pologne", "polonais", "polonaise", "en Pologne"], ["Warsaw", "Варшава", "Варшава", "Warschau", "Varsovie"]),
    country!("IT", Italian, ["Italy", "Italian"], ["Италия", "Италии", "Италии"], ["Італія", "Італії", "Італії"], ["Italien", "Italiens", "italienisch", "in Italien"], ["l'Italie", "de l'Italie", "italien", "italienne", "en Italie"], ["Rome", "Рим", "Рим", "Rom", "Rome"]),
    country!("ES", Spanish, ["Spain", "Spanish"], ["Испания", "Испании", "Испании"], ["Іспанія", "Іспанії", "Іспанії"], ["Spanien", "Spaniens", "spanisch", "in Spanien"], ["l'Espagne", "de l'Espagne", "espagnol", "espagnole", "en Espagne"], ["Madrid", "Мадрид", "Мадрид", "Madrid", "Madrid"]),
    country!("JP", Japanese, ["Japan", "Japanese"], ["Япония", "Японии", "Японии"], ["Японія", "Японії", "Японії"], ["Japan", "Japans", "japanisch", "in Japan"], ["le Japon", "du Japon", "japonais", "japonaise", "au Japon"], ["Tokyo", "Токио", "Токіо", "Tokio", "Tokyo"]),
    country!("IN", Indian, ["India", "Indian"], ["Индия", "Индии", "Индии"], ["Індія", "Індії", "Індії"], ["Indien", "Indiens", "indisch", "in Indien"], ["l'Inde", "de l'Inde", "indien", "indienne", "en Inde"], ["New Delhi", "Нью-Дели", "Нью-Делі", "Neu-Delhi", "New Delhi"]),
    country!("NO", Nordic, ["Norway", "Norwegian"], ["Норвегия", "Норвегии", "Норвегии"], ["Норвегія", "Норвегії", "Норвегії"], ["Norwegen", "Norwegens", "norwegisch", "in Norwegen"], ["la Norvège", "de la Norvège", "norvégien", "norvégienne", "en Norvège"], ["Oslo", "Осло", "Осло", "Oslo", "Oslo"]),
    country!("SE", Nordic, ["Sweden", "Swedish"], ["Швеция", "Швеции", "Швеции"], ["Швеція", "Швеції", "Швеції"], ["Schweden", "Schwedens", "schwedisch", "in Schweden"], ["la Suède", "de la Suède", "suédois", "suédoise", "en Suède"], ["Stockholm", "Стокгольм", "Стокгольм", "Stockholm", "Stockholm"]),
    country!("SA", Arabic, ["Saudi Arabia", "Saudi"], ["Саудовская Аравия", "Саудовской Аравии", "Саудовской Аравии"], ["Саудівська Аравія", "Саудівської Аравії", "Саудівській Аравії"], ["Saudi-Arabien", "Saudi-Arabiens", "saudisch", "in Saudi-Arabien"], ["l'Arabie saoudite", "de l'Arabie saoudite", "saoudien", "saoudienne", "en Arabie saoudite"], ["Riyadh", "Эр-Рияд", "Ер-Ріяд", "Riad", "Riyad"]),
    country!("EG", Arabic, ["Egypt", "Egyptian"], ["Египет", "Египта", "Египте"], ["Єгипет", "Єгипту", "Єгипті"], ["Ägypten", "Ägyptens", "ägyptisch", "in Ägypten"], ["l'Égypte", "de l'Égypte", "égyptien", "égyptienne", "en Égypte"], ["Cairo", "Каир", "Каїр", "Kairo", "Le Caire"]),
    country!("BR", Portuguese, ["Brazil", "Brazilian"], ["Бразилия", "Бразилии", "Бразилии"], ["Бразилія", "Бразилії", "Бразилії"], ["Brasilien", "Brasiliens", "brasilianisch", "in Brasilien"], ["le Brésil", "du Brésil", "brésilien", "brésilienne", "au Brésil"], ["Brasilia", "Бразилиа", "Бразиліа", "Brasília", "Brasilia"]),
    country!("KZ", Russian, ["Kazakhstan", "Kazakh"], ["Казахстан", "Казахстана", "Казахстане"], ["Казахстан", "Казахстану", "Казахстані"], ["Kasachstan", "Kasachstans", "kasachisch", "in Kasachstan"], ["le Kazakhstan", "du Kazakhstan", "kazakh", "kazakhe", "au Kazakhstan"], ["Astana", "Астана", "Астана", "Astana", "Astana"]),
    country!("CA", Anglo, ["Canada", "Canadian"], ["Канада", "Канады", "Канаде"], ["Канада", "Канади", "Канаді"], ["Kanada", "Kanadas", "kanadisch", "in Kanada"], ["le Canada", "du Canada", "canadien", "canadienne", "au Canada"], ["Ottawa", "Оттава", "Оттава", "Ottawa", "Ottawa"]),
];

/// Given names (male, female) and surnames of one naming style, in the style's own script.
pub struct Names {
    pub male: &'static [&'static str],
    pub female: &'static [&'static str],
    pub surnames: &'static [&'static str],
}

pub fn names(style: Style) -> &'static Names {
    match style {
        Style::Anglo => &ANGLO,
        Style::German => &GERMAN,
        Style::French => &FRENCH,
        Style::Russian => &RUSSIAN,
        Style::Ukrainian => &UKRAINIAN,
        Style::Polish => &POLISH,
        Style::Italian => &ITALIAN,
        Style::Spanish => &SPANISH,
        Style::Turkish => &TURKISH,
        Style::Chinese => &CHINESE,
        Style::Japanese => &JAPANESE,
        Style::Indian => &INDIAN,
        Style::Nordic => &NORDIC,
        Style::Arabic => &ARABIC,
        Style::Portuguese => &PORTUGUESE,
    }
}

static ANGLO: Names = Names {
    male: &["James", "John", "Robert", "Michael", "David", "Richard", "Thomas", "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Andrew", "Joshua", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Gary", "Nicholas", "Eric", "Stephen", "Jonathan", "Larry", "Scott", "Justin", "Brandon", "Gregory", "Samuel", "Patrick", "Alexander", "Jack", "Dennis", "Peter", "Henry", "Douglas", "Keith", "Nathan", "Christopher", "Graham", "Rishi", "Liam", "Owen", "Neil"],
    female: &["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Sharon", "Cynthia", "Kathleen", "Amy", "Angela", "Helen", "Anna", "Emma", "Olivia", "Rachel", "Catherine", "Heather", "Diane", "Julie", "Victoria", "Claire", "Fiona", "Harriet", "Lucy"],
    surnames: &["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey", "Kelly", "Howard", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Wood", "Bennett", "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes", "Fisher", "Hamilton", "Graham", "Wallace", "Hayes", "Gibson", "Ellis", "Harrison", "Marshall", "Owens", "Fletcher", "Blackwood", "Whitaker", "Ashford", "Pemberton", "Hollis", "Caldwell", "Thornton", "Radcliffe", "Kendall", "Hargreave", "Winslow"],
};

static GERMAN: Names = Names {
    male: &["Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Frank", "Jürgen", "Klaus", "Wolfgang", "Matthias", "Tobias", "Florian", "Uwe", "Dieter", "Jens", "Jörg", "Lars", "Sven", "Holger", "Rainer", "Horst", "Olaf", "Hubertus", "Boris", "Cem", "Robert", "Friedrich", "Volker", "Hendrik"],
    female: &["Sabine", "Claudia", "Susanne", "Petra", "Andrea", "Birgit", "Katrin", "Julia", "Nicole", "Anja", "Ursula", "Annalena", "Svenja", "Franziska", "Heike", "Karin", "Nancy", "Bettina", "Ricarda", "Renate"],
    surnames: &["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Ludwig", "Böhm"],
};

static FRENCH: Names = Names {
    male: &["Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Jacques", "Bernard", "Éric", "François", "Nicolas", "Laurent", "Christophe", "Olivier", "Sébastien", "Julien", "Thierry", "Emmanuel", "Gérald", "Bruno", "Gabriel", "Édouard", "Jérôme", "Benoît", "Stéphane", "Yannick", "Mathieu", "Clément", "Arnaud", "Guillaume"],
    female: &["Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Christine", "Valérie", "Sandrine", "Élisabeth", "Véronique", "Sophie", "Céline", "Aurore", "Agnès", "Hélène", "Amélie", "Claire", "Pauline", "Rachida", "Élodie", "Anne", "Brigitte", "Ségolène", "Marine"],
    surnames: &["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Barbier", "Arnaud", "Marchand", "Duval", "Denis", "Lemaire", "Le Maire", "Castaner", "Darmanin", "Villepin"],
};

/// Russian names in Cyrillic; surnames in the masculine form (the feminine is derived).
static RUSSIAN: Names = Names {
    male: &["Сергей", "Владимир", "Александр", "Дмитрий", "Андрей", "Алексей", "Михаил", "Николай", "Иван", "Юрий", "Олег", "Игорь", "Виктор", "Павел", "Евгений", "Анатолий", "Максим", "Денис", "Антон", "Валерий", "Борис", "Григорий", "Константин", "Вячеслав", "Геннадий", "Леонид", "Роман", "Станислав", "Кирилл", "Илья"],
    female: &["Мария", "Елена", "Анна", "Ольга", "Татьяна", "Наталья", "Ирина", "Екатерина", "Юлия", "Валентина", "Светлана", "Людмила", "Галина", "Марина", "Вероника", "Элла", "Алла", "Нина", "Вера", "Дарья"],
    surnames: &["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов", "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин", "Исаев", "Чернышёв", "Быков", "Маслов", "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов", "Пономарёв", "Голубев", "Кудрявцев", "Прохоров", "Наумов", "Потапов", "Журавлёв", "Овчинников", "Трофимов", "Леонов", "Соболев", "Ермаков", "Колесников", "Гончаров", "Емельянов", "Никифоров", "Грачёв", "Котов", "Гришин", "Ефремов", "Архипов", "Громов", "Кириллов", "Малышев", "Панов", "Моисеев", "Румянцев", "Акимов", "Кондратьев", "Бирюков", "Горбунов", "Анисимов", "Еремин", "Тихомиров", "Галкин", "Лукьянов", "Михеев", "Скворцов", "Юдин", "Белоусов", "Нестеров", "Симонов", "Прокофьев", "Харитонов", "Князев", "Цветков", "Левин", "Митрофанов", "Воронов", "Аксёнов", "Софронов", "Мальцев", "Логинов", "Горшков", "Савин", "Краснов", "Майоров", "Демидов", "Елисеев", "Рыбаков", "Сафонов", "Плотников", "Демин", "Хохлов", "Жданов", "Рябков", "Грушко", "Ушаков", "Шойгу", "Песков", "Лавров", "Мишустин", "Володин", "Матвиенко", "Силуанов", "Островский", "Вершинин", "Полянский", "Небензя", "Галузин", "Руденко"],
};

/// Ukrainian names in Cyrillic.
static UKRAINIAN: Names = Names {
    male: &["Олександр", "Володимир", "Андрій", "Сергій", "Дмитро", "Олексій", "Михайло", "Микола", "Іван", "Юрій", "Олег", "Ігор", "Віктор", "Павло", "Євген", "Тарас", "Богдан", "Василь", "Петро", "Остап", "Роман", "Денис", "Руслан", "Вадим", "Ярослав"],
    female: &["Ольга", "Олена", "Ганна", "Марія", "Тетяна", "Наталія", "Ірина", "Катерина", "Юлія", "Оксана", "Людмила", "Світлана", "Галина", "Віра", "Соломія", "Ярослава", "Христина", "Ірена"],
    surnames: &["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Шевчук", "Коваль", "Поліщук", "Бондар", "Ткачук", "Мельник", "Марченко", "Лисенко", "Руденко", "Савченко", "Петренко", "Клименко", "Павленко", "Мороз", "Кузьменко", "Кравчук", "Левченко", "Карпенко", "Гончаренко", "Харченко", "Романенко", "Мазур", "Литвиненко", "Мартинюк", "Гаврилюк", "Кушнір", "Панченко", "Демченко", "Білоус", "Яковенко", "Сидоренко", "Тимошенко", "Кулеба", "Резніков", "Маркарова", "Стефанчук", "Єрмак", "Подоляк", "Данілов", "Буданов", "Залужний", "Сирський", "Умєров", "Шмигаль", "Свириденко", "Зеленський", "Кличко", "Порошенко", "Кучма", "Ющенко", "Кравчишин", "Гриценко", "Дмитрук", "Антоненко", "Бойко", "Вакарчук", "Гнатюк", "Давиденко", "Федоренко", "Зінченко", "Іваненко", "Костенко", "Лук'яненко", "Мирошниченко", "Нестеренко", "Остапенко", "Приходько", "Симоненко", "Тарасенко", "Усенко", "Фоменко", "Хоменко", "Чорновол", "Шаповал", "Юрченко", "Ярошенко"],
};

static POLISH: Names = Names {
    male: &["Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Marcin", "Michał", "Jakub", "Radosław", "Mateusz", "Zbigniew", "Jarosław", "Donald", "Szymon", "Władysław"],
    female: &["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna", "Beata", "Dorota"],
    surnames: &["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Sikorski", "Morawiecki", "Duda", "Tusk", "Błaszczak", "Kosiniak", "Pawlak", "Michalski", "Zając"],
};

static ITALIAN: Names = Names {
    male: &["Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Angelo", "Vincenzo", "Pietro", "Salvatore", "Carlo", "Matteo", "Sergio", "Guido", "Paolo"],
    female: &["Giorgia", "Maria", "Anna", "Giulia", "Francesca", "Chiara", "Elena", "Sara", "Laura", "Valentina"],
    surnames: &["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Tajani", "Crosetto", "Giorgetti", "Salvini", "Mattarella"],
};

static SPANISH: Names = Names {
    male: &["José", "Antonio", "Manuel", "Francisco", "Juan", "David", "Javier", "Carlos", "Pedro", "Miguel", "Alberto", "Fernando", "Luis", "Pablo", "Santiago"],
    female: &["María", "Carmen", "Ana", "Isabel", "Laura", "Cristina", "Marta", "Lucía", "Elena", "Teresa", "Yolanda", "Nadia"],
    surnames: &["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Muñoz", "Romero", "Navarro", "Torres", "Albares", "Robles", "Calviño", "Borrell", "Feijóo"],
};

static TURKISH: Names = Names {
    male: &["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Ömer", "Recep", "Hakan", "Mevlüt", "Yaşar", "Fahrettin", "Kemal"],
    female: &["Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Sultan", "Merve"],
    surnames: &["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Fidan", "Çavuşoğlu", "Akar", "Erdoğan", "Kalın"],
};

static CHINESE: Names = Names {
    male: &["Wei", "Jun", "Lei", "Qiang", "Ming", "Jian", "Yi", "Gang", "Hui", "Bin", "Xiaoming", "Zhiqiang", "Jianguo", "Haitao", "Kang"],
    female: &["Fang", "Na", "Xiuying", "Min", "Jing", "Li", "Yan", "Hua", "Ying", "Chunying"],
    surnames: &["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang"],
};

static JAPANESE: Names = Names {
    male: &["Hiroshi", "Takashi", "Kenji", "Yoshihide", "Fumio", "Shinzo", "Taro", "Yoshimasa", "Katsunobu", "Toshimitsu", "Shigeru", "Koichi", "Daisuke", "Yuki", "Ichiro"],
    female: &["Yoko", "Keiko", "Yuko", "Sanae", "Tomomi", "Seiko", "Hanako", "Akiko", "Naoko", "Mariko"],
    surnames: &["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Kishida", "Ishiba", "Hayashi", "Kamikawa", "Motegi", "Hamada"],
};

static INDIAN: Names = Names {
    male: &["Rahul", "Amit", "Rajesh", "Sunil", "Anil", "Vijay", "Sanjay", "Narendra", "Subrahmanyam", "Rajnath", "Piyush", "Ajit", "Arvind", "Manoj", "Ashok"],
    female: &["Priya", "Sunita", "Anita", "Nirmala", "Smriti", "Meenakshi", "Kavita", "Pooja", "Lakshmi", "Deepa"],
    surnames: &["Sharma", "Verma", "Gupta", "Singh", "Kumar", "Patel", "Shah", "Reddy", "Rao", "Nair", "Iyer", "Menon", "Joshi", "Mehta", "Chopra", "Malhotra", "Kapoor", "Bose", "Das", "Mukherjee", "Jaishankar", "Sitharaman", "Goyal", "Doval", "Misri"],
};

static NORDIC: Names = Names {
    male: &["Lars", "Erik", "Anders", "Johan", "Magnus", "Per", "Olav", "Henrik", "Jonas", "Espen", "Halvard", "Tobias", "Ulf", "Bjørn", "Nils"],
    female: &["Anna", "Ingrid", "Kari", "Sofia", "Maria", "Magdalena", "Ebba", "Astrid", "Sigrid", "Hanne"],
    surnames: &["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Støre", "Strøm", "Kristersson", "Billström", "Vedum"],
};

static ARABIC: Names = Names {
    male: &["Mohammed", "Ahmed", "Abdullah", "Khalid", "Faisal", "Sameh", "Mostafa", "Omar", "Youssef", "Hassan", "Ibrahim", "Adel", "Tarek", "Salman", "Badr"],
    female: &["Fatima", "Aisha", "Mariam", "Nour", "Layla", "Rania", "Hala", "Sara", "Amina", "Yasmin"],
    surnames: &["Al-Saud", "Al-Jubeir", "Shoukry", "Madbouly", "Abdelatty", "Al-Falih", "Al-Rashid", "Haddad", "Mansour", "Nasser", "Khalil", "Saleh", "Hamdan", "Farouk", "Abbas", "Aziz", "Rahman", "Suleiman", "Qasim", "Zayed"],
};

static PORTUGUESE: Names = Names {
    male: &["João", "Luiz", "Carlos", "Fernando", "Paulo", "Rodrigo", "Marcelo", "Mauro", "Flávio", "Rui"],
    female: &["Ana", "Maria", "Marina", "Simone", "Luciana", "Gleisi", "Tereza", "Beatriz"],
    surnames: &["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Ferreira", "Almeida", "Carvalho", "Ribeiro", "Haddad", "Vieira", "Alckmin", "Tebet", "Barbosa", "Rocha", "Moura", "Teixeira", "Cardoso"],
};

/// Companies (their names are the same in every language; Cyrillic text quotes them in «»).
pub const COMPANIES: &[(&str, &str)] = &[
    ("Norvanta Energy", "NO"),
    ("Baltic Grid", "PL"),
    ("Helvion Motors", "DE"),
    ("Kestrel Aerospace", "US"),
    ("Arctica Gas", "RU"),
    ("Dniprometal", "UA"),
    ("Sirocco Shipping", "EG"),
    ("Orbis Telecom", "FR"),
    ("Tessaro Bank", "IT"),
    ("Meridian Pharma", "GB"),
    ("Quantix Systems", "US"),
    ("Sakura Robotics", "JP"),
    ("Anatolia Steel", "TR"),
    ("Jade River Mining", "CN"),
    ("Iberia Solar", "ES"),
    ("Volga Rail", "RU"),
    ("Carpathia Agro", "UA"),
    ("Nordlicht Chemie", "DE"),
    ("Lumière Médias", "FR"),
    ("Ganges Textiles", "IN"),
];

/// News outlets each language's press cites, in the form its interview phrase takes (dative in
/// Russian, Ukrainian and German, with "à" in French).
pub const OUTLETS: [&[&str]; 5] = [
    &["Reuters", "AFP", "the BBC", "CNN", "Bloomberg", "the Financial Times", "Politico", "the Associated Press", "Sky News", "Al Jazeera"],
    &["ТАСС", "РИА Новости", "Интерфаксу", "«Коммерсанту»", "«Известиям»", "РБК", "Первому каналу", "«Ведомостям»"],
    &["Укрінформу", "УНІАН", "«Українській правді»", "Суспільному", "«Дзеркалу тижня»", "РБК-Україна", "Радіо Свобода"],
    &["dpa", "der ARD", "dem ZDF", "der FAZ", "dem Spiegel", "der Süddeutschen Zeitung", "Reuters", "AFP", "der Welt"],
    &["à l'AFP", "à France Info", "au Monde", "à Libération", "à France 24", "à RFI", "à BFMTV", "au Figaro", "à Reuters"],
];

/// Cities news is reported from, beside the capitals: en, ru, uk, de, fr.
pub const CITIES: &[[&str; 5]] = &[
    ["Geneva", "Женева", "Женева", "Genf", "Genève"],
    ["Brussels", "Брюссель", "Брюссель", "Brüssel", "Bruxelles"],
    ["Vienna", "Вена", "Відень", "Wien", "Vienne"],
    ["Munich", "Мюнхен", "Мюнхен", "München", "Munich"],
    ["Istanbul", "Стамбул", "Стамбул", "Istanbul", "Istanbul"],
    ["New York", "Нью-Йорк", "Нью-Йорк", "New York", "New York"],
    ["Davos", "Давос", "Давос", "Davos", "Davos"],
    ["Helsinki", "Хельсинки", "Гельсінкі", "Helsinki", "Helsinki"],
    ["Minsk", "Минск", "Мінськ", "Minsk", "Minsk"],
    ["Doha", "Доха", "Доха", "Doha", "Doha"],
];
