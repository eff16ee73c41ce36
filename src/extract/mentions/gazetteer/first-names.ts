/**
 * Common given names with their usual gender, used to type a name as a person and to
 * agree pronouns ("Elena ... she"). Broad and international on purpose: the tool
 * follows stories everywhere.
 */
const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet
ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia
judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
alexis kayla hillary hilary nikki condoleezza sonia sonya elena yelena olga natalia natalya tatiana tatyana svetlana
irina ekaterina yekaterina anastasia galina lyudmila ludmila marina oksana yulia julia daria darya ksenia kseniya
alla vera nadezhda valentina larisa inna zoya alina polina angela angelina sabine ursula angela marine ségolène
segolene christiane brigitte simone anne monique francoise françoise isabelle sylvie nathalie veronique véronique
aisha ayesha fatima fatma zainab maryam mariam leila layla amina khadija nour noor yasmin yasmine samira zahra
priya sunita anita aishwarya indira sonia mamata mayawati lakshmi deepa pooja neha kavita meera malala benazir
mei li ying xiu yan jing hui wei ling lan hong ming yuki yoko keiko akiko haruka sakura hana jiyeon minji
ama abena akosua adwoa fatou aminata chioma ngozi amara nneka wanjiru grace ellen winnie graça
lucia lucía carmen dolores josefa rosa pilar mercedes isabel ana ines inés beatriz cristina gabriela fernanda
camila valentina sofia sofía paula daniela andrea claudia veronica verónica dilma michelle kamala nancy ilhan
alexandria elise elisa giorgia giulia chiara francesca federica elena silvia laura marta
ingrid astrid sigrid greta karin birgit heidi petra ulrike annalena katarina katharina jacinda theresa liz`;

const MALE = `james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack
dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith
roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan
albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bernie
ted marco mitt mike newt rand chris jeb ben hillary bill al joe kevin chuck mitch lindsey rudy reince paul
vladimir dmitry dmitri dmitriy sergei sergey alexei aleksei alexey aleksey alexander aleksandr ivan nikolai nikolay
mikhail maxim maksim igor oleg yuri yury boris andrei andrey pavel viktor victor vitaly anatoly evgeny yevgeny
konstantin leonid gennady valery vyacheslav ramzan akhmad magomed ruslan timur rustam islam adam apti
emmanuel francois françois nicolas jacques jean pierre michel alain bernard philippe olivier laurent thierry
angela gerhard helmut olaf friedrich wolfgang jürgen jurgen horst markus frank-walter
mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hussein hussain omar umar abdullah abdul khalid yusuf
youssef ibrahim ismail mustafa mahmoud recep tayyip bashar hosni hamid karim tariq rashid salman bandar
narendra rahul arvind amit manmohan rajiv sanjay vijay anil sunil ravi raj imran nawaz shehbaz asif
xi jinping hu wen li wang zhang liu chen yang zhao huang zhou wu shinzo fumio yoshihide kim moon yoon
nelson jacob thabo cyril robert yoweri paul uhuru william muhammadu goodluck kofi
luis carlos jorge javier miguel pedro manuel antonio francisco alejandro fernando ricardo rafael sergio andres
andrés lula jair nicolas nicolás hugo evo enrique felipe mariano pedro
giuseppe giovanni mario matteo silvio sergio enrico paolo marco luigi
recep kemal ahmet mehmet emre benjamin yair naftali ehud ariel shimon yitzhak benny
volodymyr petro viktor arseniy oleksandr oleksiy andriy taras bohdan
justin stephen boris theresa keir rishi tony gordon david nigel jeremy`;

const toSet = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const FEMALE_NAMES = toSet(FEMALE);
export const MALE_NAMES = toSet(MALE);
