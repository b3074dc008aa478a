/**
 * Names for the relevance set (issue 14), by language, most frequent first, each with its approximate share of
 * the population (per 100,000 people) from national statistics: US Census 2010 surnames and SSA first names,
 * INSEE (France), Destatis/Duden frequency lists (Germany), INE (Spain), ISTAT (Italy), CBS (Netherlands), GUS
 * (Poland), TÜİK (Turkey), the 2020 Chinese census (hukou surnames), and common published lists for Vietnam,
 * India, Portugal and the Levant. Figures are rounded; what matters is the long-tailed shape: a few names shared
 * by hundreds, many met once.
 */

export interface Language {
  /** Share of the directory's people. */
  share: number;
  /** Country calling code and how its numbers look (see relevance-phones.ts). */
  country: string;
  first: [string, number][];
  last: [string, number][];
  /** Compound surnames are common here (`Martin-Thomas`, `García López`): the separator used, and how often. */
  compound?: { separator: '-' | ' '; rate: number };
}

const list = (text: string): [string, number][] =>
  text.split(',').map((entry) => {
    const [name, weight] = entry.trim().split(':');
    return [name!, Number(weight)];
  });

export const LANGUAGES: Language[] = [
  {
    share: 0.3,
    country: '1',
    first: list('James:1650,Mary:1300,John:1590,Patricia:530,Robert:1560,Jennifer:530,Michael:1300,Linda:450,David:1100,Elizabeth:470,William:1100,Barbara:410,Richard:800,Susan:380,Joseph:700,Jessica:390,Thomas:660,Sarah:370,Charles:640,Karen:300,Christopher:600,Nancy:290,Daniel:590,Lisa:280,Matthew:470,Emily:250,Anthony:420,Ashley:250,Mark:420,Donna:230,Steven:380,Michelle:220,Paul:370,Carol:210,Andrew:360,Amanda:210,Joshua:340,Melissa:200,Kevin:300,Deborah:190,Brian:290,Laura:180,George:280,Rebecca:170,Timothy:250,Sharon:170,Ryan:240,Cynthia:160,Jacob:230,Kathleen:150,Gary:220,Amy:150,Nicholas:210,Angela:150,Eric:200,Shirley:140,Jonathan:190,Brenda:130,Frank:160,Emma:130,Scott:160,Olivia:120,Justin:150,Hannah:90,Brandon:140,Abigail:80,Gregory:130,Megan:80,Samuel:120,Chloe:60,Patrick:110,Grace:60,Jack:100,Zoe:40,Dennis:90,Madison:70,Tyler:90,Ethan:80'),
    last: list('Smith:828,Johnson:655,Williams:550,Brown:488,Jones:478,Miller:424,Davis:393,Wilson:252,Anderson:249,Taylor:236,Thomas:235,Moore:225,Jackson:222,White:220,Harris:214,Martin:213,Thompson:209,Robinson:184,Clark:180,Lewis:177,Lee:175,Walker:172,Hall:158,Allen:155,Young:151,King:149,Wright:148,Scott:145,Green:142,Baker:141,Adams:140,Nelson:138,Hill:138,Campbell:130,Mitchell:129,Roberts:127,Carter:126,Phillips:121,Evans:120,Turner:118,Parker:117,Collins:113,Edwards:112,Stewart:111,Morris:109,Murphy:105,Cook:105,Rogers:105,Morgan:95,Cooper:94,Peterson:93,Reed:91,Bailey:90,Bell:89,Kelly:87,Howard:86,Ward:86,Cox:85,Richardson:84,Wood:83,Watson:82,Brooks:81,Bennett:80,Gray:79,James:79,Hughes:76,Price:76,Sanders:75,Myers:75,Long:74,Ross:74,Foster:73,Powell:70,Jenkins:70,Perry:68,Russell:67,Sullivan:67,Fisher:58,Henderson:65,Coleman:65,Patterson:64,Jordan:64,Reynolds:63,Hamilton:63,Graham:62,Wallace:58,Woods:57,Cole:57,West:56,Griffin:53,Hayes:52,Fitzgerald:30,Whitaker:12,Pemberton:4,Ashworth:3,Blackwood:3,Thornbury:1,Kettleborough:1,Wolstenholme:1,Featherstonehaugh:1,Honeycutt:1,Marchbanks:1,Quarrington:1,Rowbotham:1,Sowerbutts:1,Tattersall:1,Uttley:1,Vosper:1,Wakefield:2,Yardley:2,Ormerod:1,Inglethorpe:1,Gammage:1,Dimmock:1,Cullingford:1,Brocklehurst:1,Applegarth:1,Nettleship:1'),
    compound: { separator: '-', rate: 0.02 },
  },
  {
    share: 0.16,
    country: '33',
    first: list('Marie:600,Jean:620,Pierre:300,Michel:330,Philippe:280,Nathalie:240,Isabelle:230,Alain:220,Sylvie:220,Nicolas:260,Catherine:200,François:200,Christophe:200,Sophie:190,Thomas:260,Julien:200,Camille:160,Léa:160,Manon:120,Chloé:120,Hugo:140,Lucas:150,Louis:150,Élodie:110,Aurélie:120,Céline:120,Stéphane:180,Sébastien:190,Frédéric:170,Jérôme:140,Laurent:160,Olivier:170,Émilie:120,Hélène:100,Noël:30,Anaïs:60,Inès:60,Zoé:50,Théo:70,Jean-Pierre:130,Jean-Luc:90,Marie-Claire:50,Anne-Sophie:70,Jean-François:80,Marie-Hélène:40,Loïc:40,Gaëlle:30,Maëlle:20,Benoît:60,Ségolène:5,Florentin:10'),
    last: list('Martin:235,Bernard:110,Thomas:105,Petit:100,Robert:98,Richard:96,Durand:92,Dubois:90,Moreau:88,Laurent:85,Simon:84,Michel:83,Lefebvre:82,Leroy:80,Roux:76,David:75,Bertrand:74,Morel:72,Fournier:71,Girard:70,Bonnet:66,Dupont:65,Lambert:64,Fontaine:62,Rousseau:60,Vincent:60,Muller:58,Lefèvre:57,Faure:56,André:55,Mercier:54,Blanc:54,Guérin:53,Boyer:52,Garnier:51,Chevalier:50,François:50,Legrand:49,Gauthier:48,Garcia:48,Perrin:47,Robin:46,Clément:45,Morin:45,Nicolas:45,Henry:44,Roussel:43,Mathieu:43,Gautier:42,Masson:42,Marchand:41,Duval:40,Denis:40,Dumont:40,Marie:39,Lemaire:39,Noël:38,Meyer:37,Dufour:37,Meunier:36,Brun:36,Blanchard:35,Giraud:35,Joly:35,Rivière:34,Lucas:34,Brunet:33,Gaillard:33,Barbier:33,Arnaud:32,Martínez:32,Gérard:32,Roche:31,Renard:31,Schmitt:31,Roy:31,Leroux:30,Colin:30,Vidal:30,Caron:29,Picard:29,Roger:28,Fabre:28,Aubert:28,Lemoine:27,Renaud:27,Dumas:27,Lacroix:26,Olivier:26,Philippe:26,Bourgeois:25,Pierre:25,Benoît:25,Rey:24,Leclerc:24,Payet:23,Rolland:23,Leclercq:22,Guillaume:22,Lecomte:22,Lopez:22,Jean:21,Dupuy:21,Guillot:21,Hubert:21,Berger:20,Carpentier:20,Sanchez:20,Dupuis:20,Moulin:19,Louis:19,Deschamps:19,Huet:18,Vasseur:18,Perez:18,Boucher:18,Fleury:17,Royer:17,Klein:17,Jacquet:17,Adam:16,Paris:16,Poirier:16,Marty:15,Aubry:15,Guyot:15,Carré:14,Charles:14,Renault:14,Charpentier:13,Ménard:13,Maillard:13,Baron:13,Bertin:12,Bailly:12,Hervé:12,Schneider:11,Fernandez:11,Le Gall:11,Collet:10,Léger:10,Bouvier:10,Julien:10,Prévost:10,Millet:9,Perrot:9,Daniel:9,Le Roux:9,Cousin:8,Germain:8,Breton:8,Besson:8,Langlois:8,Rémy:7,Le Goff:7,Pelletier:7,Lévêque:7,Perrier:7,Leblanc:6,Barré:6,Lebrun:6,Marchal:6,Weber:6,Mallet:6,Hamon:5,Boulanger:5,Jacob:5,Monnier:5,Michaud:5,Rodriguez:5,Guichard:5,Gillet:4,Étienne:4,Grondin:4,Poulain:4,Tessier:4,Chevallier:3,Collin:3,Chauvin:3,Da Silva:3,Bouchet:3,Gay:3,Lemaître:3,Bénard:3,Maréchal:2,Gosselin:2,Pasquier:2,Rossignol:1,Quévreux:1,Tréguier:1,Vauquelin:1,Abgrall:1,Kerboul:1,Lagarde:1,Pontchartrain:1,Courtecuisse:1,Bouchardeau:1,Villedieu:1'),
    compound: { separator: '-', rate: 0.08 },
  },
  {
    share: 0.1,
    country: '49',
    first: list('Peter:300,Michael:330,Thomas:320,Andreas:300,Wolfgang:250,Klaus:240,Jürgen:230,Stefan:220,Ursula:200,Sabine:220,Monika:180,Petra:180,Claudia:170,Andrea:170,Susanne:160,Birgit:140,Jörg:120,Uwe:120,Frank:150,Markus:150,Matthias:140,Lukas:120,Jonas:100,Leon:100,Lena:100,Hannah:100,Anna:120,Sophie:80,Marie:90,Björn:60,Sören:40,Günter:90,Dieter:100,Hans-Peter:50,Karl-Heinz:50,Anne-Kathrin:20,Käthe:5,Gisela:60,Renate:80,Jürgen-Peter:2'),
    last: list('Müller:256,Schmidt:190,Schneider:115,Fischer:98,Weber:86,Meyer:85,Wagner:80,Becker:73,Schulz:72,Hoffmann:71,Schäfer:60,Koch:58,Bauer:57,Richter:56,Klein:55,Wolf:53,Schröder:50,Neumann:49,Schwarz:48,Zimmermann:47,Braun:46,Krüger:45,Hofmann:44,Hartmann:43,Lange:42,Schmitt:42,Werner:41,Schmitz:41,Krause:40,Meier:40,Lehmann:39,Schmid:38,Schulze:37,Maier:36,Köhler:35,Herrmann:35,König:34,Walter:33,Mayer:33,Huber:32,Kaiser:32,Fuchs:31,Peters:30,Lang:30,Scholz:30,Möller:29,Weiß:29,Jung:28,Hahn:28,Schubert:27,Vogel:27,Friedrich:26,Keller:26,Günther:25,Frank:25,Berger:24,Winkler:24,Roth:24,Beck:23,Lorenz:23,Baumann:22,Franke:22,Albrecht:21,Schuster:21,Simon:20,Ludwig:20,Böhm:19,Winter:19,Kraus:18,Martin:18,Schumacher:17,Krämer:17,Vogt:16,Stein:16,Jäger:15,Otto:15,Sommer:14,Groß:14,Seidel:13,Heinrich:13,Brandt:12,Haas:12,Schreiber:11,Graf:11,Schulte:10,Dietrich:10,Ziegler:9,Kuhn:9,Kühn:8,Pohl:8,Engel:7,Horn:7,Busch:6,Bergmann:6,Thomas:5,Voigt:5,Sauer:4,Arnold:4,Wolff:3,Pfeiffer:3,Oberhuber:1,Eichendorff:1,Rübezahl:1,Wittgenstein:1,Hölderlin:1,Grünewald:1,Zwiebelmann:1,Löwenthal:1,Kirchhoff:1,Brinkhaus:1,Düsterhöft:1,Quandt:1'),
    compound: { separator: '-', rate: 0.03 },
  },
  {
    share: 0.09,
    country: '34',
    first: list('Antonio:300,José:300,Manuel:250,Francisco:230,David:200,Juan:200,Javier:180,María:350,Carmen:250,Ana:200,Isabel:150,Laura:150,Lucía:120,Sofía:100,Pablo:120,Alejandro:140,Sergio:120,Jorge:110,Ángel:90,Rubén:70,Álvaro:70,Núria:40,Inés:40,Begoña:30,María José:90,José Luis:120,Juan Carlos:90,María Ángeles:50,Íñigo:10'),
    last: list('García:320,Rodríguez:200,González:190,Fernández:190,López:185,Martínez:180,Sánchez:175,Pérez:165,Gómez:105,Martín:100,Jiménez:85,Ruiz:80,Hernández:78,Díaz:75,Moreno:70,Muñoz:60,Álvarez:60,Romero:50,Alonso:40,Gutiérrez:40,Navarro:38,Torres:37,Domínguez:35,Vázquez:33,Ramos:33,Gil:31,Ramírez:30,Serrano:29,Blanco:29,Molina:28,Morales:26,Suárez:26,Ortega:25,Delgado:24,Castro:24,Ortiz:23,Rubio:23,Marín:22,Sanz:22,Núñez:21,Iglesias:21,Medina:20,Garrido:19,Cortés:18,Castillo:18,Santos:18,Lozano:17,Guerrero:17,Cano:16,Prieto:16,Méndez:15,Cruz:15,Calvo:14,Gallego:14,Vidal:13,León:13,Márquez:12,Herrera:12,Peña:11,Flores:11,Cabrera:10,Campos:10,Vega:10,Fuentes:9,Carrasco:9,Diez:8,Caballero:8,Reyes:8,Nieto:7,Aguilar:7,Pascual:6,Santana:6,Herrero:5,Montero:5,Lorenzo:5,Hidalgo:4,Giménez:4,Ibáñez:4,Ferrer:3,Durán:3,Echeverría:1,Urquijo:1,Zubizarreta:1,Arrizabalaga:1'),
    compound: { separator: ' ', rate: 0.35 },
  },
  {
    share: 0.06,
    country: '86',
    first: list('Wei:300,Fang:200,Min:180,Jing:200,Li:180,Yan:180,Lei:160,Jun:160,Yong:150,Jie:160,Tao:120,Ming:150,Chao:100,Xiu Ying:60,Hui:120,Ying:120,Na:100,Qiang:100,Xin:90,Hao:80,Yu:120,Lin:100,Xiaoming:40,Zhiwei:30,Jianguo:30'),
    last: list('Wang:720,Li:700,Zhang:650,Liu:520,Chen:460,Yang:330,Huang:240,Zhao:220,Wu:200,Zhou:190,Xu:140,Sun:130,Ma:125,Zhu:120,Hu:115,Guo:110,He:100,Lin:90,Gao:90,Luo:80,Zheng:80,Liang:70,Xie:60,Song:60,Tang:55,Han:50,Feng:45,Deng:45,Cao:40,Peng:35,Zeng:35,Xiao:35,Tian:33,Dong:32,Pan:30,Yuan:28,Cai:27,Jiang:26,Yu:25,Du:22,Ye:20,Cheng:20,Wei:18,Su:17,Lü:15,Ding:15,Ren:14,Lu:14,Yao:12,Shen:12,Zhong:10,Jin:10,Cui:9,Tan:8,Ouyang:2,Sima:1,Zhuge:1'),
  },
  {
    share: 0.05,
    country: '39',
    first: list('Giuseppe:250,Giovanni:200,Antonio:200,Mario:170,Luigi:150,Francesco:200,Marco:170,Andrea:170,Alessandro:150,Maria:250,Anna:160,Giulia:120,Francesca:120,Chiara:100,Sara:90,Paola:90,Laura:90,Niccolò:30,Matteo:120,Lorenzo:100'),
    last: list('Rossi:140,Russo:100,Ferrari:90,Esposito:85,Bianchi:70,Romano:65,Colombo:60,Ricci:55,Marino:52,Greco:50,Bruno:48,Gallo:47,Conti:46,De Luca:45,Mancini:44,Costa:43,Giordano:42,Rizzo:41,Lombardi:40,Moretti:39,Barbieri:30,Fontana:29,Santoro:28,Mariani:27,Rinaldi:26,Caruso:25,Ferrara:24,Galli:23,Martini:22,Leone:21,Longo:20,Gentile:19,Martinelli:18,Vitale:17,Lombardo:16,Serra:15,Coppola:14,De Santis:13,D\'Angelo:12,Marchetti:11,Parisi:10,Villa:9,Conte:8,Ferraro:7,Ferri:6,Fabbri:5,Bianco:4,Marini:3,Grasso:2,Quattrocchi:1,Zanzotto:1,Scarpellini:1,Benvenuti:1,Castiglioni:1,Pellegrino:1'),
  },
  {
    share: 0.04,
    country: '31',
    first: list('Jan:200,Johannes:150,Cornelis:120,Pieter:120,Hendrik:100,Willem:100,Maria:150,Johanna:100,Anna:90,Femke:50,Sanne:60,Lotte:50,Daan:70,Sem:50,Bram:50,Thijs:40,Joost:40,Maarten:60,Ingrid:40,Anouk:40'),
    last: list('de Jong:85,Jansen:80,de Vries:75,van den Berg:60,van Dijk:58,Bakker:57,Janssen:55,Visser:50,Smit:48,Meijer:45,de Boer:43,Mulder:42,de Groot:40,Bos:39,Vos:37,Peters:36,Hendriks:35,van Leeuwen:33,Dekker:32,Brouwer:31,de Wit:30,Dijkstra:29,Smits:28,de Graaf:27,van der Meer:26,van der Linden:25,Kok:24,Jacobs:23,de Haan:22,Vermeulen:21,van den Heuvel:20,van der Veen:19,van den Broek:18,de Bruijn:17,de Bruin:16,van der Heijden:15,Schouten:14,van Beek:13,Willems:12,van Vliet:11,van de Ven:10,Hoekstra:9,Maas:8,Verhoeven:7,Koster:6,van Dam:5,van der Wal:4,Prins:3,Blom:2,Zwartkruis:1,Oosterhuis:1'),
  },
  {
    share: 0.04,
    country: '48',
    first: list('Anna:200,Maria:180,Katarzyna:150,Małgorzata:130,Agnieszka:120,Piotr:180,Krzysztof:170,Andrzej:160,Tomasz:150,Paweł:130,Michał:130,Marcin:120,Łukasz:100,Jakub:90,Wojciech:80,Ewa:100,Zofia:60,Grzegorz:80'),
    last: list('Nowak:120,Kowalski:80,Wiśniewski:60,Wójcik:55,Kowalczyk:55,Kamiński:50,Lewandowski:50,Zieliński:48,Szymański:47,Woźniak:46,Dąbrowski:45,Kozłowski:40,Jankowski:35,Mazur:34,Kwiatkowski:33,Wojciechowski:32,Krawczyk:31,Kaczmarek:30,Piotrowski:29,Grabowski:28,Zając:27,Pawłowski:26,Michalski:25,Król:24,Wieczorek:20,Jabłoński:18,Wróbel:16,Nowakowski:14,Majewski:12,Olszewski:10,Stępień:8,Malinowski:6,Jaworski:5,Adamczyk:4,Dudek:3,Szczepański:2,Przybylski:1,Brzęczyszczykiewicz:1'),
  },
  {
    share: 0.03,
    country: '90',
    first: list('Mehmet:250,Mustafa:200,Ahmet:200,Ali:180,Hüseyin:150,Hasan:150,İbrahim:120,Fatma:200,Ayşe:180,Emine:150,Hatice:120,Zeynep:120,Elif:100,Oğuz:40,Can:60,Burak:60,Emre:60,Özge:40'),
    last: list('Yılmaz:200,Kaya:120,Demir:115,Şahin:100,Çelik:95,Yıldız:90,Yıldırım:85,Öztürk:80,Aydın:75,Özdemir:70,Arslan:65,Doğan:60,Kılıç:55,Aslan:50,Çetin:45,Kara:40,Koç:38,Kurt:36,Özkan:34,Şimşek:32,Polat:30,Özcan:28,Korkmaz:26,Karataş:20,Erdoğan:15,Güneş:10,Aksoy:8,Tekin:5,Karadeniz:2,Büyükkaya:1'),
  },
  {
    share: 0.04,
    country: '91',
    first: list('Aarav:80,Vivaan:60,Aditya:80,Arjun:80,Rahul:150,Amit:150,Rajesh:140,Suresh:120,Priya:150,Anjali:100,Sunita:100,Pooja:100,Deepak:100,Neha:100,Vikram:80,Ananya:60,Sanjay:100,Kavita:80,Ravi:100,Lakshmi:80'),
    last: list('Patel:250,Sharma:230,Singh:300,Kumar:280,Gupta:150,Shah:100,Reddy:90,Rao:85,Iyer:60,Nair:60,Mehta:55,Joshi:55,Desai:45,Chopra:40,Malhotra:40,Agarwal:40,Verma:50,Mishra:45,Pillai:30,Bhat:30,Kapoor:30,Chatterjee:25,Banerjee:25,Mukherjee:25,Das:40,Bose:20,Menon:18,Naidu:15,Krishnamurthy:5,Venkataraman:3,Subramaniam:4,Chakraborty:6,Raghunathan:1,Thiruvengadam:1'),
  },
  {
    share: 0.03,
    country: '84',
    first: list('Anh:150,Minh:150,Huong:100,Linh:120,Thanh:120,Hung:100,Tuan:100,Lan:80,Mai:80,Duc:80,Hoa:70,Long:60,Nam:70,Trang:80,Quang:60,Thu:60,Phuong:60'),
    last: list('Nguyen:380,Tran:110,Le:95,Pham:70,Hoang:51,Huynh:50,Phan:45,Vu:39,Vo:39,Dang:21,Bui:20,Do:14,Ho:13,Ngo:13,Duong:10,Ly:5,Trinh:3,Lam:3,Quach:1,Thai:1'),
  },
  {
    share: 0.03,
    country: '351',
    first: list('Maria:250,João:200,José:180,António:150,Francisco:120,Ana:150,Manuel:120,Pedro:100,Inês:80,Beatriz:80,Tiago:80,Rui:70,Gonçalo:50,Conceição:30,Leonor:40'),
    last: list('Silva:280,Santos:160,Ferreira:120,Pereira:110,Oliveira:100,Costa:90,Rodrigues:85,Martins:80,Jesus:60,Sousa:55,Fernandes:50,Gonçalves:50,Gomes:45,Lopes:44,Marques:43,Alves:42,Almeida:40,Ribeiro:39,Pinto:38,Carvalho:37,Teixeira:30,Moreira:28,Correia:25,Mendes:22,Nunes:20,Soares:18,Vieira:16,Monteiro:14,Cardoso:12,Rocha:10,Magalhães:5,Albuquerque:2,Vasconcelos:2'),
    compound: { separator: ' ', rate: 0.2 },
  },
  {
    share: 0.03,
    country: '961',
    first: list('Mohammad:200,Ahmad:150,Ali:150,Omar:100,Youssef:100,Karim:80,Rami:70,Fatima:150,Maryam:100,Layla:80,Nour:80,Rania:60,Hassan:80,Samir:60,Ziad:50,Nadia:60'),
    last: list('Haddad:80,Khoury:75,Khalil:60,Mansour:55,Hassan:50,Saleh:45,Nasser:40,Ibrahim:40,Aziz:35,Hamdan:30,Salem:30,Farah:28,Hajj:25,Sabbagh:20,Karam:18,Rizk:16,Daher:14,Najjar:12,Saad:10,Fakhoury:5,Abi Nader:3,El Khoury:8,Chamoun:2,Ghandour:1'),
  },
];
