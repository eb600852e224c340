/**
 * Given names beyond English ones, for finding people nobody titled whose given name the English
 * lists lack ("Sanjay", "Wladimir", "Kimani"). Source: the name lists of
 * gender-detection-from-name 1.11.5 (MIT; names/en, fr, es, de, it, tr), lowercase ASCII names of
 * three letters or more, minus every name given-names.ts already holds and every word the
 * English lexicon of wink-eng-lite-web-model 1.8.1 knows (so no common word: "hunter", "page",
 * "summer"); a name listed with both genders has none. Space-separated words, one string each.
 */
export const MORE_MALE_GIVEN_NAMES =
  "Aadam Aadan Aadarsh Aadel Aaden Aadi Aadil Aadin Aadit Aadith Aaditya Aadon Aadyn Aahan " +
  "Aahil Aahron Aaidan Aaiden Aakarsh Aakash Aalijah Aamari Aamir Aaran Aaric Aarik Aarin " +
  "Aarion Aarish Aarit Aariv Aariz Aarnav Aarone Aaronjohn Aaronmichael Aaronn Aaroosh Aaroun " +
  "Aarron Aarsh Aarush Aaryan Aashir Aashrith Aasim Aathiran Aavion Aayaan Aayan Aayden Aayush " +
  "Aaziz Abaan Ababacar Abad Abakar Aban Abane Abanoub Abas Abass Abasse Abba Abbas Abbass " +
  "Abbes Abd Abdala Abdalah Abdalaye Abdalha Abdalla Abdalrahman Abdarahim Abdarahman " +
  "Abdarahmane Abdarrahman Abdassamad Abde Abdela Abdelaali Abdelaaziz Abdeladim Abdelafid " +
  "Abdelah Abdelakim Abdelali Abdelalim Abdelamid Abdelatif Abdelaziz Abdelazize Abdelazziz " +
  "Abdelbaki Abdelbaset Abdelbasset Abdeldjalil Abdeldjallil Abdelfatah Abdelfattah Abdelfetah " +
  "Abdelfettah Abdelghafour Abdelghani Abdelha Abdelhadi Abdelhafed Abdelhafid Abdelhafide " +
  "Abdelhak Abdelhake Abdelhakim Abdelhakime Abdelhali Abdelhalim Abdelhalime Abdelhamed " +
  "Abdelhamid Abdelhamide Abdelhaq Abdelhatif Abdelhay Abdelhaziz Abdelhedi Abdelhouab " +
  "Abdelilah Abdelillah Abdeljabar Abdeljalil Abdeljalile Abdeljallil Abdeljawad Abdelkabir " +
  "Abdelkader Abdelkamel Abdelkarim Abdelkarime Abdelkbir Abdelkebir Abdelkerim Abdelkhader " +
  "Abdelkhalak Abdelkhalek Abdelkrim Abdelkrime Abdella Abdellah Abdellali Abdellatif " +
  "Abdellaziz Abdelmadjid Abdelmagid Abdelmagide Abdelmajid Abdelmajide Abdelmalek Abdelmalik " +
  "Abdelmatine Abdelmjid Abdelmonaim Abdelmoujib Abdelmoula Abdelmoumen Abdelmoumene " +
  "Abdelmounaim Abdelmounim Abdelnacer Abdelnasser Abdelnor Abdelnour Abdeloihab Abdelouab " +
  "Abdelouahab Abdelouahad Abdelouaheb Abdelouahed Abdelouahid Abdelouhab Abdelrahim " +
  "Abdelrahman Abdelrahmane Abdelrahmen Abdelrahmene Abdelrahni Abdelraman Abdelramane " +
  "Abdelrani Abdelraouf Abdelrazak Abdelrazek Abdelrezak Abdelrhaman Abdelrhamane Abdelrhani " +
  "Abdelsalam Abdelsalem Abdelsamad Abdelslam Abdelssamad Abdeltif Abdelwadoud Abdelwahab " +
  "Abdelwahad Abdelwaheb Abdelwahed Abdelwahid Abdelwakil Abdenabi Abdenacer Abdenasser " +
  "Abdenbi Abdennabi Abdennasser Abdennour Abdenor Abdenour Abder Abderahim Abderahime " +
  "Abderahman Abderahmane Abderahmen Abderahmene Abderaman Abderamane Abderaouf Abderazak " +
  "Abderemane Abderezak Abderhaman Abderhamane Abderrahim Abderrahime Abderrahman Abderrahmane " +
  "Abderrahmen Abderrahmene Abderramane Abderraouf Abderrazak Abderrazzak Abderrezak " +
  "Abderrhamane Abderzak Abdesalam Abdesalem Abdesamad Abdeselam Abdeslam Abdeslame Abdeslem " +
  "Abdessalam Abdessalem Abdessamad Abdessamade Abdessamed Abdessatar Abdesselam Abdesselem " +
  "Abdesslam Abdesslem Abdi Abdiasis Abdiaziz Abdiel Abdifatah Abdikadir Abdil Abdillah " +
  "Abdillahi Abdimalik Abdinasir Abdirahman Abdirizak Abdishakur Abdiwahab Abdlaziz Abdnour " +
  "Abdo Abdollah Abdool Abdou Abdouallah Abdoukarim Abdoul Abdoula Abdoulah Abdoulahi Abdoulai " +
  "Abdoulatif Abdoulatuf Abdoulay Abdoulaziz Abdoulhakim Abdoulhamid Abdoulie Abdoulkader " +
  "Abdoulkarim Abdoulla Abdoullah Abdoullahi Abdoullaye Abdoulwahab Abdourahamane Abdourahim " +
  "Abdourahman Abdourahmane Abdouramane Abdouraouf Abdourazak Abdouroihamane Abdourrahman " +
  "Abdourrahmane Abdousalam Abdoussamad Abdrahamane Abdrahim Abdrahman Abdrahmane Abdramane " +
  "Abdsamad Abdu Abduallah Abdulah Abdulahi Abdulaziz Abdulbaki Abdulhadi Abdulhakim " +
  "Abdulhamid Abduljalil Abdulkadir Abdulkareem Abdulkarim Abdulkerim Abdulla Abdullahi " +
  "Abdulmalik Abdulraheem Abdulrahim Abdulrehman Abdulsamed Abdulsamet Abdulwahab Abdur " +
  "Abdurahman Abdurraheem Abdurrahim Abdurrahman Abdussamed Abednego Abelardo Abelino Abenezer " +
  "Aberham Abert Abes Abess Abhay Abhi Abhijay Abhijeet Abhijit Abhijot Abhilash Abhimanyu " +
  "Abhinav Abhiraj Abhiram Abhirup Abhishek Abian Abib Abibou Abid Abidin Abidine Abiel Abijah " +
  "Abil Abilash Abilio Abimael Abimelec Abinash Abinesh Abiram Abisai Abisan Abishai Abishan " +
  "Abishek Ablaye Aboubacar Aboubacari Aboubacary Aboubacri Aboubacry Aboubaka Aboubakar " +
  "Aboubakari Aboubakary Aboubaker Aboubakr Aboubakre Aboubakri Aboubakry Aboudou Aboudoulaye " +
  "Aboudramane Aboulay Aboulaye Abrahim Abrahm Abrham Abrian Abron Absalon Abselam Abshir " +
  "Abubakar Abubakary Abubaker Abundio Abyan Acacio Acaymo Acea Acen Acene Acer Aceton Acey " +
  "Acher Acheraf Achil Achile Achilles Achim Achmi Achot Achour Achrafe Achref Achyl Achyut " +
  "Achyuth Acie Acisclo Acoidan Acoran Acxel Adael Adahir Adai Adain Adal Adalbert Adalberto " +
  "Adalid Adalius Adalton Adamm Adane Adao Adarian Adarion Adarius Adarsh Aday Adbeel Addam " +
  "Addan Addel Adden Addil Addis Adean Adedayo Adedeji Adedotun Adeeb Adeel Adei Adelaido " +
  "Adelardo Adelfo Adelino Adelio Adelmo Adelphe Adelson Adem Ademar Ademe Adenan Adenn " +
  "Adeodat Adeoluwa Aderito Adewale Adhan Adhav Adhem Adhemar Adhen Adhitya Adhvik Adian Adib " +
  "Adiel Adien Adil Adille Adilson Adim Adin Adinane Adir Adis Adith Adithya Aditya Adiv " +
  "Adjmal Adlan Adlane Adlen Adlene Adli Admir Adnaan Adnan Adnane Adnen Adnene Adner Adom " +
  "Adon Adonias Adonijah Adoniram Adonis Adonnis Adonus Adonys Adou Adoum Adrain Adrean Adrein " +
  "Adren Adreyan Adriaan Adrianjames Adriann Adric Adrick Adriel Adriell Adrik Adrin Adrion " +
  "Adron Adryan Adryann Adryano Adryel Adryen Adryn Adryon Adur Advait Advaith Advay Adyan " +
  "Adyen Adyl Adyn Adzo Aedan Aedann Aeden Aedin Aedon Aedric Aedyn Aegon Aeneas Aerik Aero " +
  "Aeron Aeson Aesop Aethan Afdal Affan Affif Afid Afif Afrahim Afraz Afrim Aftab Afzal Agam " +
  "Agapito Agash Agasthya Agastya Agathon Agatino Agenor Ager Aghilas Aghiles Agim Agit Agnel " +
  "Agoney Agop Agostinho Agostino Agripino Agron Aguibou Agusti Agustine Agustinho Agustino " +
  "Agustus Ahaan Ahad Ahamad Ahamada Ahamadi Ahamadou Ahamed Ahan Aharone Ahcen Ahcene Ahijah " +
  "Ahil Ahkeem Ahkim Ahlan Ahlijah Ahmaad Ahmada Ahmadou Ahman Ahmar Ahmari Ahmat Ahmaud " +
  "Ahmeer Ahmere Ahmetcan Ahmi Ahmid Ahmier Ahmir Ahmod Ahmon Ahnaf Ahren Ahron Ahsan Ahsene " +
  "Ahyan Aidann Aidden Aidem Aidenjames Aidenn Aidian Aidin Aidon Aidrian Aidric Aidyn Aidynn " +
  "Aiert Aignan Aiham Aijalon Aikel Aiken Ailvin Aimad Aimade Aimene Aimeric Aimerick Aimerik " +
  "Aimery Aimeryc Aimine Aimran Aimrane Ainesh Aingeru Ainis Aioub Airan Airen Aireon Airon " +
  "Airrion Aisam Aisen Aissam Aissame Aissar Aitan Aithan Aithen Aito Aitor Aitzol Aiur Aivan " +
  "Aiven Aiwen Aixandre Aiyden Aiyoub Aizayah Aizen Aizik Ajad Ajahni Ajai Ajan Ajanthan " +
  "Ajavian Ajax Ajdin Ajeesh Ajeet Ajit Ajmal Ajwad Aka Akai Akan Akaran Akarsh Akash Akay " +
  "Akbar Akcel Akeem Akeen Aketza Akhenaton Akhil Akhilesh Akhim Akhmad Akhmed Aki Akif Akil " +
  "Akilan Akilesh Akime Aking Akio Akir Akito Akiva Akli Akmal Akmar Ako Akol Akon Akoni Akram " +
  "Akrame Akrem Aksh Akshaj Akshan Akshar Akshat Akshath Akshay Akshayan Akshith Aksil Aksim " +
  "Aksyl Akul Akwasi Akym Aladin Aladine Aladino Aladji Alaeddine Alaedine Alai Alakai Alam " +
  "Alamin Alando Alann Alante Alanzo Alaoua Alaoui Alarick Alarik Alasane Alassan Alassana " +
  "Alassane Alaz Alazar Albain Albano Albans Albaro Albeiro Alber Alberic Alberick Alberico " +
  "Alberth Alberti Albertin Albertino Albertus Albi Albin Albion Alce Alcee Alcibiade Alcime " +
  "Alcino Aldahir Aldair Aldan Alde Aldebert Alderic Alderick Aldino Aldonce Aldrick Aldrik " +
  "Aldrin Aleandro Aleaume Alecio Aleck Alecxander Aleczander Aleem Alegandro Alehandro " +
  "Aleister Aleix Alejo Alek Aleks Aleksandre Aleksandro Aleksej Aleksey Aleksi Aleksy " +
  "Alekzander Alen Alenzo Aleric Aleron Ales Alesander Alesandro Alesio Alesiu Alessadnro " +
  "Alessander Alessio Alessnadro Alessyo Alexan Alexandar Alexanderjames Alexavier Alexendre " +
  "Alexey Alexian Alexin Alexios Alexsander Alexsandro Alexx Alexxander Alexyan Alexzander " +
  "Alezio Alfayed Alfeo Alfio Alfonzo Alfousseny Alfousseyni Alger Alguer Alhadji Alhaji Alhan " +
  "Alhassan Alhassana Alhassane Alhousseyni Aliaksandr Alian Aliane Aliaume Alibert Alican " +
  "Alicio Alidor Alieu Alif Alihan Alii Aliihsan Alija Alijah Alijha Alijiah Alik Alikhan Alim " +
  "Alimamy Alimou Aliocha Aliosha Aliou Alioune Alipio Aliriza Alisan Alixan Alixander Aliyar " +
  "Aliyas Alkaly Alkan Alkis Allain Allal Allande Allane Allann Allante Allaoua Allaoui " +
  "Allassane Allel Alliaume Allistair Allon Allonzo Allston Allyre Almahdi Almami Almamy Alman " +
  "Almany Almanzo Almedin Almin Almir Almonzo Almyre Alonn Alontae Alosius Alou Alouis Aloys " +
  "Alparslan Alpaslan Alpay Alper Alperen Alphons Alphonzo Alquan Alrick Alrik Alseny Alson " +
  "Alston Altan Altay Altin Altino Alusine Alvar Alveen Alveiro Alvinn Alvino Alvise Alvon " +
  "Alvyn Alvyne Alwaleed Alyan Alyas Alyis Alyjah Alyou Alyre Alyssio Alyxander Amaan Amaar " +
  "Amad Amadeo Amadeu Amadeus Amadi Amado Amador Amadou Amadu Amady Amahd Amair Amaire Amalio " +
  "Amalric Amalrich Amancio Amand Amandin Amandio Amando Amandus Amann Amans Amant Amanuel " +
  "Amare Amaree Amari Amariae Amarian Amarien Amarii Amarin Amario Amarion Amarious Amarius " +
  "Amaro Amarre Amarri Amarrion Amaru Amath Amauri Amaurion Amauris Amaury Amay Amayas Amayes " +
  "Amaziah Amazigh Amazir Ambdillah Ambdou Ambdoullah Ambdouroihamane Ambrogio Amdjad Amdjed " +
  "Amdy Amear Amed Amede Amedeo Amedi Amedy Ameen Ameir Amelien Amelin Amelio Amelius " +
  "Amenallah Amer Amere Americo Amerion Amerouche Ames Amet Ameth Ametz Ameur Amey Ameziane " +
  "Amias Amidou Amiel Amier Amiere Amiir Amilcar Amilio Amin Amirdine Amire Amiri Amirkhan " +
  "Amirouche Amirr Amitai Amith Amitoj Amjad Amjed Ammaar Ammon Amnay Amode Amogh Amokrane " +
  "Amonta Amontae Amontay Amonte Amonti Amori Amoro Amoz Amr Amram Amrane Amre Amrit Amro " +
  "Amrom Amron Amyas Amyn Amyne Amyr Amza Anaclet Anacleto Anakim Anakin Anakine Anakyn Anan " +
  "Anand Ananias Anant Ananth Anar Anartz Anase Anaser Anass Anasse Anastacio Anastas Anastase " +
  "Anastasio Anastasios Anastasius Anasthase Anatolii Anatolij Anatolius Ancel Ancelin Ancor " +
  "Andde Anddy Andel Anden Andeol Andersen Andersson Andgelo Andhy Andil Andin Andjel Andji " +
  "Andjy Andom Andon Andoni Andony Andrae Andranik Andrean Andreis Andreja Andrek Andrell " +
  "Andreo Andrera Andreu Andreus Andrewjames Andrews Andrez Andri Andrian Andriano Andric " +
  "Andrick Andrien Andrii Andrija Andrik Andriy Andro Androu Andru Andrue Andruw Andry Andyn " +
  "Aneek Aneesh Anelka Anelor Aner Anes Aness Anesse Aneudy Anfane Anfernee Angad Angebert " +
  "Angelantonio Angelbert Angeldaniel Angeldavid Angeldejesus Angelgabriel Angelien Angelino " +
  "Angelito Angeljesus Angello Angelmanuel Angelos Angelus Anghel Anghjulu Anguel Angueran " +
  "Anguerrand Aniano Anias Anibal Aniceto Aniel Aniello Aniken Aniket Aniketh Anikin Anilson " +
  "Aniol Anir Aniruddh Anirudh Anish Aniss Anisse Anival Anjan Anjay Anjel Anjelo Ankit Ankith " +
  "Ankur Anli Anmar Anmol Annan Annas Anner Annibal Annibale Annoncy Annunziato Anoar Anoir " +
  "Anojan Anoki Anoop Anotnio Anouar Anour Anousack Anousith Anquan Anrchidine Anri Ansar " +
  "Ansbert Anselmo Ansen Ansgar Ansh Anshel Anshu Anshul Ansou Ansoumana Ansoumane Ansumana " +
  "Antar Antario Antavion Antavious Antavius Antawan Antawn Anteo Antero Anterrion Anthany " +
  "Anthelme Anthime Anthoine Anthon Anthone Anthonee Anthoney Anthoni Anthonie Anthonin " +
  "Anthonio Anthonny Anthonyjohn Anthonyn Anthonyo Anthuan Anthyme Antime Antimo Antione " +
  "Antionne Antjuan Anto Antoin Antoino Antoliano Antolin Antonello Antongiulio Antonios " +
  "Antonious Antonis Antoniyo Antonn Antonny Antonyn Antonyo Antorio Antoun Antowan Antranik " +
  "Antravious Antrell Antron Antrone Antso Antton Antuan Antuane Antwain Antwan Antwane " +
  "Antwann Antwaun Antwine Antwione Antwoine Antwon Antwone Antwuan Antxon Antzo Anuar Anubis " +
  "Anuj Anujan Anurag Anusan Anushan Anvay Anxo Anyelo Anyl Anyr Anys Anyss Anzel Anziz Anzo " +
  "Aodhan Aodren Aomar Aoued Aous Aouss Apdullah Apolinar Apollin Apollo Apollon Apollonius " +
  "Apollos Apolo Apolonio Appollinaire Appolon Aqeel Aqib Aqil Aquarius Aquil Aquiles Aquilino " +
  "Arael Araf Arafat Aragon Aramis Aras Arash Arath Aratz Arav Aravind Aray Araz Arben Arber " +
  "Arbi Arbnor Arcadi Arcadio Arcadius Arcady Arcangel Arcangelo Archad Archimed Archimede " +
  "Archit Archith Ardell Ardi Ardian Ardil Ardin Ardit Ardo Arean Areeb Aref Areg Arek Aren " +
  "Arend Areon Areski Arezki Arfan Argan Argann Argel Argenis Argimiro Arhaan Arham Arhan " +
  "Arhum Ariano Arias Arib Aribert Aric Arick Aridane Aridani Arieh Arien Arieon Aries Ariez " +
  "Arif Arihant Arik Ariles Arille Arinze Arinzechukwu Arion Aris Arish Ariski Ariste Aristene " +
  "Aristeo Aristhene Aristides Ariston Aristote Aritra Aritz Arius Ariv Ariyan Ariz Arizki " +
  "Arjan Arjav Arjay Arjen Arjuna Arkady Arkaitz Arkam Arkan Arkane Arkell Arken Arlando " +
  "Arlind Arlindo Arlis Arliss Arlo Armael Armagan Armandino Armane Armani Armant Armany " +
  "Armari Armarion Armen Armenio Armiche Armindo Arminio Arminius Armon Armond Armondo Armonte " +
  "Arnau Arnauld Arnault Arnaut Arnd Arndt Arnel Arnell Arnez Arnim Arnould Arnoult Arnoux " +
  "Arnulf Arnulfo Aro Arold Aroldo Arona Arone Aronn Aronne Aroon Aroun Arouna Aroune Arpad " +
  "Arpan Arpit Arran Arren Arrian Arrick Arrington Arris Arry Arsalan Arsalane Arsen Arsenio " +
  "Arseniy Arsh Arshad Arshan Arshaun Arshawn Arshdeep Arslan Arslane Artai Artan Artavious " +
  "Artavis Artavius Arteme Artemio Artez Arth Arthaud Artheme Arthemon Arthis Arthuro Arthus " +
  "Arti Artin Artiom Artis Arto Artorius Artrell Artyom Arujan Arul Arun Arush Arushan Arvid " +
  "Arvind Arvine Arwan Arwin Ary Aryaan Aryaman Aryav Arye Aryeh Aryk Aryles Aryon Arys Arzel " +
  "Arzhel Arzhur Asaad Asad Asael Asaf Asah Asahel Asaiah Asan Asante Asaph Asar Ascanio " +
  "Ascelin Ascher Asdine Asdrubal Aseem Asen Asensio Aser Ashaad Ashab Ashad Ashan Ashar " +
  "Ashaud Ashaun Ashawn Ashaz Ashden Ashdon Asheton Ashford Ashish Ashkan Ashmit Ashok Ashon " +
  "Ashot Ashraf Ashrith Ashston Ashtan Ashten Ashtian Ashtin Ashur Ashutosh Ashvath Ashvik " +
  "Ashvin Ashwani Ashwath Ashwin Asiel Asier Asif Asim Asir Asis Askari Askhab Askia Askin " +
  "Aslam Aslan Aslane Aslem Asmar Asmir Ason Assaad Assad Assade Assadi Assadillah Assaf " +
  "Assalas Assan Assane Assani Assem Assen Asser Assim Assirem Asten Asterio Asthon Astier " +
  "Astin Aston Astor Astrit Asvin Aswad Aswan Aswin Ata Ataf Atahan Atakan Atalay Atanas " +
  "Atanasio Atari Ataulfo Atef Atem Athan Athanael Athanas Athanasios Athanasius Atharv " +
  "Atharva Athavan Athem Athen Athens Athis Athish Athman Athmane Athos Athys Atif Atik Atila " +
  "Atilano Atilio Atilla Atim Atlan Atlas Atlee Atley Atman Atmane Atrayu Atreju Atreus Atreyu " +
  "Attanasio Atteo Atticus Attikus Attila Attilius Attis Attoumani Atul Atys Atzel Atzin Auban " +
  "Audebert Audel Auden Audin Audoin Audouin Audran Audric Audrick Audrik Audyn Augustave " +
  "Augustino Augustinus Aundra Aundray Aundre Aundrey Aung Aurelian Aureliano Aurelien Aurelio " +
  "Auren Aureo Aures Aurian Aurick Auron Ausar Ausias Austan Auston Austyn Autry Auwen Avan " +
  "Avaneesh Avanish Avant Avantae Avante Avanti Avedis Aveion Avel Avelardo Avelino Aven " +
  "Avenir Aventin Aveon Aveyon Avicenne Avichai Avidan Avide Aviel Avien Avik Avin Avinash " +
  "Avion Aviral Avish Avishai Aviv Aviyon Avner Avnish Avon Avontae Avontay Avonte Avraam " +
  "Avraham Avrahom Avrey Avrik Avrohom Avrum Avry Avyn Avyon Avyukt Avyukth Awab Awad Awais " +
  "Awan Aweb Aweis Awes Aws Awwab Axandre Axcel Axier Axl Axsel Axton Axtyn Axzel Ayache " +
  "Ayachi Ayad Ayade Ayadi Ayam Ayann Ayas Ayaz Aybars Ayberk Aydane Aydann Aydden Aydeen " +
  "Aydem Aydenn Aydhen Aydian Aydine Aydn Aydon Aydrian Aydrien Aydun Aydyn Ayed Ayel Ayemen " +
  "Ayham Ayhem Ayimane Ayinde Ayite Aykan Aykel Aykut Aylal Aylam Aylan Aylane Aylann Ayllan " +
  "Aylon Ayman Aymane Aymann Aymard Aymen Aymene Aymeri Aymeric Aymerick Aymerik Aymery Aymon " +
  "Aymric Aymrick Ayodeji Ayomide Ayomikun Ayose Ayoub Ayouba Ayoube Ayour Ayoze Ayrad Ayren " +
  "Ayron Ayrone Ayronn Ayrton Aysar Ayson Ayssam Ayssar Ayssem Aysser Aytac Aytan Aytekin " +
  "Aytem Aythami Aythan Aythem Ayub Ayush Ayuub Ayvan Ayven Ayvin Ayvion Aywen Ayyan Ayyoub " +
  "Ayyub Azaan Azad Azadi Azadine Azael Azahel Azai Azaiah Azal Azam Azan Azar Azareel Azarel " +
  "Azarian Azarias Azariel Azarion Azat Azavier Azavion Azazel Azddine Azdin Azdine Azeddine " +
  "Azedin Azedine Azeem Azekiel Azem Azer Azid Azidine Aziel Azim Azir Azis Azlan Azmi Azon " +
  "Azouaou Azouz Azrael Azreal Azriel Aztlan Azzam Azzaro Azzdine Azzeddine Azzedine Azziz " +
  "Azzo Azzouz Babacar Babak Babakar Babar Babatunde Babou Baboucarr Babyboy Bacar Bacari " +
  "Bacary Bacem Bachar Bacher Bachir Bachirou Badar Badara Baden Bader Baderdine Badi Badice " +
  "Badie Badir Badis Badiss Badisse Badr Badradine Badre Badreddine Badredine Badri Badroudine " +
  "Bady Badys Badyss Baelin Baer Bafode Bagdadi Baghdad Baghdadi Bah Bahadir Bahattin Bahi " +
  "Bahoz Bahri Bahtiyar Baidy Bailen Bain Baine Bairam Bairo Bairon Bajram Bakar Bakari " +
  "Bakasso Bakaye Baki Bakir Bakou Bakoutoubo Bakr Bakri Baktasch Bala Balal Balamine Balbino " +
  "Baldassare Baldemar Baldomero Balduino Baldur Balen Balian Baligh Balin Balla Baltasar " +
  "Baltazar Balthazar Balthazard Balthus Balwinder Bambo Bamory Bandiougou Bandjougou Banfa " +
  "Bangali Bangaly Bannon Banta Baptist Baptista Baptiste Baptistin Baptyste Bara Barack Barae " +
  "Barak Baran Barded Barek Barett Bari Baris Barou Baroudi Baroukh Barrington Bartek " +
  "Barthelemi Bartholome Bartley Bartlomiej Bartolo Bartolome Bartomeu Bartosz Baruch Basekou " +
  "Basel Basem Bashar Basheer Bashir Basim Basir Basri Bassam Bassekou Bassel Bassem Bassim " +
  "Bassirou Basti Bastiaan Bastiano Bastianu Bastl Bastyan Bastyen Bathiste Batin Batist " +
  "Batista Batistin Batoura Battal Battista Battiste Battistu Batu Batuhan Batyste Baudilio " +
  "Baudouin Baudry Bauduin Bauer Bautista Baver Bawer Baxter Baxton Bayazid Bayden Baydir " +
  "Baylen Bayler Baylian Baylin Baylon Baylor Bayram Bayrem Bayro Bayron Bayrone Bayronn Bazil " +
  "Bazoumana Bearett Beauden Beaumont Becaye Bechir Beckam Beckem Becker Becket Beckett " +
  "Beckham Bedir Bedirhan Bedis Bedran Bedrich Bedros Beecher Behr Bejamin Bek Bekaye Bekim " +
  "Bekir Bektas Belaid Belal Belarmino Belel Belgacem Belhadj Belhassen Belisaire Belisario " +
  "Belkacem Belkacen Belkassem Belkheir Belkhir Bellal Belmehel Belmin Belmiro Beloni Bemba " +
  "Benabdallah Benaiah Benaissa Benali Benamar Benancio Benaouda Benat Bence Bendehiba " +
  "Bendhiba Bendji Bendjy Benecio Benet Benett Bengy Beniah Beniamin Benicio Benigno Benjaman " +
  "Benjami Benjamyn Benjermin Benjiman Benjimen Benjimin Benno Benoist Benoni Benonie Benony " +
  "Bensen Bentley Bently Bento Bentzion Benuel Benvenuto Beny Benyahia Benyamine Benyebka " +
  "Benyoucef Benyounes Benziane Benzion Bera Beran Berange Beranger Berard Berardino Berdan " +
  "Bereket Berel Berenger Bergen Berhan Berish Berkan Berkant Berkay Berken Berkin Berl " +
  "Bernabe Bernado Bernardin Bernardino Bernat Bernd Berndt Bernell Bernfried Bernus Bernward " +
  "Bertan Berthier Berthin Bertho Berthold Berthy Bertil Berto Bertran Berzan Besart Besay " +
  "Besim Besnik Bessam Bessem Betsalel Bettan Betzalel Beyram Beyrem Beytullah Bharath Bhargav " +
  "Bhavesh Bhavin Bhuvan Biaggio Biagio Biagui Bibiano Bicente Biel Bienaime Bienvenido " +
  "Bienvenu Bijan Bikram Bilail Bilale Bilali Bilaly Bileil Bilel Bilele Bilhal Bilhel Billal " +
  "Billale Billel Billele Bily Bingen Binh Binjamin Binyamin Binyamine Binyomin Biordi Birahim " +
  "Birahima Biram Birama Birame Birane Birante Birger Birhat Birkan Birol Bishoy Bittor " +
  "Bixente Biyagui Bjordi Blace Bladen Bladimir Bladyn Blai Blaiden Blaik Blaike Blaize " +
  "Blanchard Blanton Blas Blayde Blayden Blayk Blayke Blayn Blayse Blayten Blayton Blayz " +
  "Blayze Bleon Blerim Blin Bly Boalem Boaz Boban Bobi Bobo Boby Bocar Bodee Boden Bodey Bodhi " +
  "Bodi Bodie Bodin Bodyn Boe Boedy Boen Boguslaw Bohdan Bojan Bojidar Bokar Boleslas Boleslaw " +
  "Bolton Boluwatife Bon Bona Bonaventura Bonham Boni Bonifacio Boran Borhan Borhane Borislav " +
  "Borja Borris Bortolo Boruch Borys Bosco Bosten Boston Botan Bou Bouabdallah Bouabdellah " +
  "Bouabid Boualam Boualem Bouaza Bouazza Bouba Boubacar Boubacary Boubakar Boubakari " +
  "Boubakary Boubaker Boubakeur Boubekar Boubeker Boubekeur Boubker Boubou Bouchaib Bouchta " +
  "Boucif Boudjema Boudjemaa Bougary Bouhalem Bouhary Bouih Boujamaa Boujema Boujemaa Boukary " +
  "Boukhari Boulaye Boumedien Boumediene Boumedienne Boumedine Boun Bouna Bounouar Bourama " +
  "Bouraoui Bourhane Bourhanoudine Boussaad Boussad Bousselham Boussif Bouyagui Bouzekri " +
  "Bouziane Bouzid Bouzide Bowan Bowden Bowdy Bowen Boyan Bozidar Bracey Brackston Bradden " +
  "Braddock Bradeley Bradey Bradin Bradlay Bradlee Bradlyn Bradon Bradyn Braedan Braeden " +
  "Braedin Braedon Braedy Braedyn Braegan Braelan Braelen Braelin Braelon Braeton Braham " +
  "Braheem Brahem Brahim Brahima Brahime Brahm Braian Braidan Braiden Braidon Braidyn Brailen " +
  "Brailon Braim Brais Braison Brajan Bralen Bralin Brallan Bralon Bralyn Brandan Brandin " +
  "Brando Brandol Brandom Brandone Brandonlee Brandt Branis Branko Brann Brannan Branndon " +
  "Brannen Bransen Branson Branston Bransyn Brantlee Brantly Branton Brashaun Brason Braulio " +
  "Braun Braven Brawley Braxden Braxdon Braxdyn Braxen Braxon Braxston Braxtan Braxten Braxtin " +
  "Braxton Braxtyn Braxxton Brayam Brayan Brayane Brayann Brayanne Brayant Braycen Braydan " +
  "Brayde Brayden Braydin Braydn Braydon Braydyn Brayen Braylan Braylen Braylin Brayln Braylon " +
  "Brayn Braynt Brayon Braysen Brayson Brayten Brayton Brazos Breandan Breck Breckan Brecken " +
  "Breckin Breckon Brehima Breidyn Breion Breixo Brek Breken Brekin Brekken Brelan Breland " +
  "Brenan Brendyn Brenen Brenham Brenin Brenner Brennin Brenno Brennon Brenon Brenson Brenten " +
  "Brentin Brentley Brently Brentyn Brenyn Breogan Breon Breslin Bretton Breval Brevan Breven " +
  "Brevin Brevon Brevyn Brewal Brewan Brewen Brewenn Brexton Breydan Breyden Breydon Breyen " +
  "Breyer Breylan Breylen Breylin Breylon Breyon Breyton Briac Briag Briand Briayan Bricen " +
  "Briceson Briceton Bricyn Bridger Briec Brieg Brieu Brieuc Brieux Brigham Brighton Brigido " +
  "Brinden Brindon Brinson Brinton Brisen Brison Briston Brittain Britten Britton Brivael Brix " +
  "Brixton Briyan Broady Broc Brockton Brodan Brode Brodee Broden Brodey Brodi Brodin Brodric " +
  "Brodrick Brodyn Broedy Brogen Broghan Brolin Broly Brondon Bronislas Bronislaw Bronsen " +
  "Bronsyn Bronx Broxton Bru Bruc Bruk Brun Bruneau Brunel Brunon Brunot Bruny Bryam Bryand " +
  "Bryann Bryar Brycen Bryceson Bryceton Brycin Brydan Bryden Brydon Bryen Bryer Brylan Brylen " +
  "Bryler Brylon Bryndan Brynden Bryndon Brynner Bryse Brysen Bryshawn Brysin Bryson Brysten " +
  "Bryston Brysun Brysyn Bryten Bryton Buba Bubacarr Buckley Bugra Bulent Bulmaro Bulut " +
  "Bunyamin Burach Burak Burhan Burkhard Burkhart Bylal Bylel Byllel Caaden Cabot Cabren Cace " +
  "Cadan Cadarius Cadden Cade Cadel Cadell Caden Cadien Cadin Cadon Cadwal Cadyn Caecilius " +
  "Caedan Caeden Caedin Caedmon Caedon Caedyn Cael Caelan Caeleb Caelen Caelin Caellum Caelum " +
  "Caetano Cafer Cagdas Caglar Cagri Cahill Cahit Cahlil Caid Caidan Caiden Caidin Caidon " +
  "Caidyn Caige Cail Cailan Cailean Caileb Cailen Caillou Cain Cainan Caine Cainen Cainon Caio " +
  "Cairo Cais Caisen Caison Caius Calab Calahan Calden Calder Caldwell Caleal Caled Calek " +
  "Calel Calem Calen Calib Calieb Caliel Calil Calin Calixto Callaghan Callahan Callan Callen " +
  "Callin Calloway Callum Calob Calogero Calub Calum Calven Calvert Calvion Calvyn Calyb Camal " +
  "Camar Camaree Camaren Camari Camarion Camaron Camauri Cambron Camdan Camden Camdin Camdon " +
  "Camello Camelo Cameran Cameren Camerin Camerion Cameronn Camerron Camil Camilien Camillo " +
  "Camillus Cammeron Camoren Camran Camren Camrin Camron Camrone Camronn Camus Camyl " +
  "Candassamy Candelario Canden Candido Candon Canek Caner Canin Cannan Cannen Cannin Cantin " +
  "Cantrell Cao Caolan Capone Caramba Cardae Cardarius Cardell Carden Carder Cardin Cardon " +
  "Carell Carim Carle Carlens Carles Carleton Carlito Carlitos Carlon Carlosdaniel Carlson " +
  "Carlu Carmelien Carmello Carmelo Carmichael Carmino Carmyne Carnell Carnot Carrick Carron " +
  "Carrson Carsan Carsen Carsin Carsten Carston Cartez Cartier Carvell Casanova Casen Cashawn " +
  "Cashel Cashen Cashis Cashius Cashlin Cashton Cashus Casian Casiano Casildo Casimiro Casimo " +
  "Casin Casius Casmir Cason Caspian Cassen Cassian Cassiano Cassiel Cassien Cassim Cassio " +
  "Casten Castiel Casto Caston Castor Casyn Cataldo Catalin Catalino Catarino Catello Cato " +
  "Caton Catrell Caulin Cauy Cavalli Cavan Caven Cavin Cavion Cavit Cavon Cayan Cayce Cayd " +
  "Caydan Cayde Cayden Caydin Caydn Caydon Caydyn Cayetano Cayl Cayle Cayleb Caylob Caylon " +
  "Caylor Caymen Cayne Caynen Cayo Caysen Cayson Cayton Ceasar Ceaser Cebrail Cecilien Cederic " +
  "Cedrick Cedrigue Cedrik Cedrique Cedrix Cedryc Cedryck Cedryk Ceejay Ceferino Cejay Celal " +
  "Celdric Celedonio Celestin Celestino Celian Celien Celil Celim Celio Cellou Celso Celvin " +
  "Celyan Celyann Celyo Cem Cemal Cemil Cendro Cengiz Cengizhan Cengizn Cenk Cension Cenzo " +
  "Ceon Cephas Cerrone Cervando Cesareo Cesario Cesc Ceslas Ceslaw Cesur Ceszlaw Cetin Cevan " +
  "Cevat Cevdet Ceydric Ceyhan Ceyhun Ceylian Cezar Chaabane Chabane Chabanne Chace Chadi " +
  "Chadli Chadly Chadrac Chadrack Chadric Chadrick Chady Chael Chafi Chafik Chafion Chafiq " +
  "Chahan Chaher Chahid Chahim Chahin Chahir Chahyn Chahyne Chai Chaib Chaid Chaiden Chaine " +
  "Chaitanya Chaka Chaker Chakib Chakibe Chakil Chakir Chakong Chakour Chakri Chalino Chalom " +
  "Chalvi Chamar Chamil Chamsdine Chamseddine Chamsedine Chamsidine Chamsoudine Chamssedine " +
  "Chamssidine Chamssoudine Chananya Chanceler Chancelor Chandan Chandara Chanden Chandlor " +
  "Chandon Chandran Chanfi Chanina Chanler Channing Chanoch Chanse Chantz Chanz Chanze Chao " +
  "Chaoki Chaouki Charafdine Charalampos Charan Charef Charif Charino Charle Charlelie " +
  "Charlely Charlery Charlin Charlton Charlys Charron Charvez Chasen Chaseton Chaskel Chason " +
  "Chastan Chastin Chaston Chatham Chaun Chauncy Chavez Chavis Chawki Chay Chayan Chayann " +
  "Chayce Chayden Chayim Chayne Chayse Chaysen Chayson Chayston Chayton Chaz Chaze Chazz Chedi " +
  "Chedli Chedly Chedy Chehine Cheick Cheickh Cheickna Cheickne Cheik Cheikh Cheikhna Cheikhou " +
  "Cheikhouna Cheikna Cheikne Chek Cheker Chekib Cheldon Chelton Chemouel Chemsdine " +
  "Chemseddine Chemsedine Chemssedine Cheney Cheng Chenxing Cherif Cherife Cheriff Cherkaoui " +
  "Cherki Cherubin Cheskel Chesky Chetan Cheun Cheveyo Chevis Chezky Chiam Chibueze Chibuike " +
  "Chibuikem Chicago Chidi Chidubem Chiekh Chigozie Chihab Chiheb Chike Chikezie Chikh " +
  "Childebert Childeric Chimaobi Chimdi Chimon Chimone Chinedu Chinemerem Chinmay Chinonso " +
  "Chirag Chiristian Chiron Chirstopher Chistian Chistopher Chlomo Chmouel Chneor Choaib " +
  "Chocri Chokri Chol Chouaib Chouayb Chouki Choukri Choukry Chretien Chrif Chrisangel " +
  "Chrisean Chrishaun Chrishawn Chrishon Chrislain Chrisley Chrislin Chrismael Chriss " +
  "Christain Christapher Christenvie Christepher Christhopher Christiaan Christiaen " +
  "Christianjames Christino Christion Christipher Christo Christobal Christof Christofer " +
  "Christofher Christohper Christon Christopherjame Christopheur Christyan Chrstian " +
  "Chrysostome Chryss Chrystian Chrystophe Chrystopher Chu Chukwubuikem Chukwudi Chukwuebuka " +
  "Chukwuemeka Chukwuka Chukwuma Chun Cian Cibran Cihad Cihan Cihangir Cihat Cilian Cilio " +
  "Cillian Cinar Cincere Cion Ciprian Cipriano Circoncis Ciriaco Ciril Ciryl Civan Ciwan Cizia " +
  "Clairin Clairville Clancy Clarck Clarel Clarens Clarent Clarius Claudel Claudien Claudinet " +
  "Claudino Claudiu Clavius Clayd Clayden Clayten Claytin Cleandre Cleante Clebert Cleden " +
  "Cleighton Clemant Clemenceau Clemencin Clemencio Clementin Clementino Cleopha Cleophas " +
  "Clermont Clery Clete Cleveland Clevon Cleyton Clif Cliffton Cliford Climent Cline Clinton " +
  "Clivens Clodius Clodoaldo Clodomir Clothaire Coalton Cobain Cobe Coben Cobey Cobi Cobie " +
  "Cobin Coby Coddy Coden Codey Coen Cohan Cohen Cohl Cohner Coi Colbe Colben Colbert Colbey " +
  "Colbin Colden Coldin Coleby Coleden Coleson Coleston Coleton Coletyn Colinn Collins Colm " +
  "Colomb Colomban Colsen Colson Colston Colt Colten Coltin Coltrane Coltyn Columbus Colvin " +
  "Compton Conal Conall Concetto Cong Conlan Conley Conlin Connar Connell Connelly Conner " +
  "Constan Constancio Constans Constante Constantinos Contrell Copelan Copeland Corado Coran " +
  "Coranthin Corantin Corban Corben Corbitt Corbyn Corda Cordae Cordai Cordale Cordarian " +
  "Cordarius Cordaro Corday Corde Cordel Cordelle Corden Cordera Cordero Coree Coren Corenthin " +
  "Corentin Corentyn Coreyon Corgan Corian Corin Coriolan Corion Corleone Cormac Corneilus " +
  "Cornelio Cornelious Corneliu Cornellius Cornil Coron Corrado Corran Correll Correon " +
  "Corrigan Corrion Corron Cortavious Cortland Cortlin Corto Corvell Corvin Corvon Corvus " +
  "Corwin Coryon Coskun Cosmas Cosmin Costantino Costanzo Costel Costica Costin Coty Coulibaly " +
  "Coulson Coulton Couper Coupoussamy Courte Courtez Courtland Covin Cowan Cowen Coye Crayton " +
  "Creede Creedence Creedon Crescencio Crescenzo Creslaw Creston Crewe Crhistian Crisanto " +
  "Crisantos Crishawn Crishon Crispin Crispulo Criss Crist Cristan Cristhian Cristhofer " +
  "Cristinel Cristino Cristo Cristofaro Cristofe Cristofer Cristofher Cristofol Cristoforo " +
  "Cristophe Cristopher Cristoval Cristovao Croix Cru Crue Cruze Cruzito Crys Crystian " +
  "Crystofer Cuahutemoc Cuauhtemoc Cuma Cumali Cuneyt Cuong Curren Currin Curro Curtez Curtiss " +
  "Curtys Custodio Cuyler Cyhan Cyion Cylan Cylas Cyle Cyler Cylian Cyliann Cylien Cylis " +
  "Cyllian Cylus Cyncere Cyran Cyrano Cyress Cyriac Cyriack Cyriak Cyrian Cyriann Cyris Cyrius " +
  "Cyrvan Cyson Czeslas Czeslaw Czestaw Daanish Daaron Daby Dacari Dacen Dachi Dacian Dacoda " +
  "Dacota Dade Dadi Dadrian Dadrien Dady Daegan Daegen Daegon Daejon Daelan Daelen Daelin " +
  "Daelon Daemen Daemian Daemien Daemion Daemyn Daequan Daerion Daeron Daesean Daeshaun " +
  "Daeshawn Daeshon Daeson Daeton Daeven Daeveon Daevian Daevin Daevion Daevon Daeyon Dagan " +
  "Dagem Dagen Dagmawi Dagobert Dagoberto Dagon Dahaba Dahir Dahirou Dahlton Dahman Dahmane " +
  "Dahmir Daho Dahou Dahyan Dai Daichi Daiden Daigan Daijon Daiki Dailan Dailen Dailey Dailon " +
  "Dailos Daimen Daimeon Daimian Daimien Dain Daine Dainen Dainys Daion Daiquan Daire Dairon " +
  "Daisean Daishaun Daishawn Daishon Daison Daisuke Daiton Daiven Daiveon Daivion Daivon Daivy " +
  "Daivyon Daiyon Dajaun Dajean Dajion Dajohn Dajon Dajour Dajuan Dakarai Dakari Dakhari " +
  "Dakoda Dakodah Dakori Dakotta Daksh Dalan Dalen Daleon Dalessandro Dalian Dalibor Dalil " +
  "Dalile Dalin Dallan Dallas Dallen Dallil Dallin Dallyn Dalmacio Dalon Dalonte Dalson Dalten " +
  "Daltin Daltyn Dalvin Dalyan Dalyl Dalyn Dalziel Dama Damain Damaire Damaj Daman Damani " +
  "Damarco Damarcus Damare Damarea Damaree Damareon Damari Damarian Damarie Damarien Damarii " +
  "Damario Damarion Damarious Damarius Damariye Damariyon Damarkus Damarrea Damarri Damarrion " +
  "Damarrius Damaryon Damas Damaso Damauri Damaury Dambou Damean Dameer Damein Dameion Damen " +
  "Dameon Damere Damerion Dametri Dametrius Damiani Damiann Damichael Damiens Damieon Damier " +
  "Damin Damine Damir Damire Damiyon Damjan Damond Damondre Damone Damoni Damont Damonta " +
  "Damontae Damontay Damonte Damontre Damorian Damyan Damyen Damyn Damyon Danael Danail Danari " +
  "Dandre Dane Daneel Daneil Danejko Danel Dang Dangel Dangelo Dangkhoa Danh Danial Danian " +
  "Daniell Danielo Daniels Daniil Danijel Danik Danil Danillo Danilson Danis Daniyal Dann " +
  "Dannell Danner Danniel Dannis Dannon Dano Danon Danovan Dantae Dantes Danthony Danton " +
  "Dantrell Danut Danyal Danyl Danylo Danys Danzel Danzell Dao Daoud Daouda Daoudi Daphnis " +
  "Daquan Daquarius Daquavion Daquon Daran Daray Dareion Darek Darel Darenn Dareon Darey " +
  "Darian Daric Darick Dariel Darien Darieon Darik Daril Darinel Darion Darious Daris Dariush " +
  "Dariusz Dariyon Darko Darly Darnelle Darold Darragh Darran Darrean Darrent Darreon Darrian " +
  "Darric Darrien Darrion Darrious Darris Darrius Darron Darry Darryan Darryle Darryll Darryn " +
  "Darryon Darsh Darshan Dartagnan Dartanian Darvin Daryan Daryel Daryll Daryo Daryon Darys " +
  "Daryus Dasan Daschel Daschle Dasean Dasen Dashan Dashaun Dashawn Dashel Dashell Dashiel " +
  "Dashiell Dashon Dashuan Dashun Dasir Dason Dastan Dastane Dastann Datavious Dathan Daton " +
  "Datrell Daud Daughtry Daulton Daundre Daunte Daurian Davan Davante Davari Davarian Davarion " +
  "Davaris Davarius Davaughn Davaun Daved Daveion Davell Davens Daveon Daveyon Davian Daviaun " +
  "Davidjames Davidjeremiah Davidjr Daviel Davien Davieon Davier Daviere Davinci Davion " +
  "Davione Davionne Davison Daviyon Davone Davonn Davonne Davonta Davontae Davontay Davonte " +
  "Davontre Davood Davor Davoud Davud Davut Davyan Davyd Davyn Davyon Davys Dawan Dawayne " +
  "Dawen Dawens Dawid Dawit Dawon Dawood Dawoud Dawsen Dawson Dawsyn Dawton Dawud Dawy Dax " +
  "Daxen Daxin Daxon Daxson Daxten Daxter Daxton Daxtyn Daxx Dayan Dayann Daycen Dayden Daye " +
  "Dayen Dayion Daylan Daylen Dayleon Daylin Daylon Daylyn Daymein Daymen Daymeon Daymian " +
  "Daymien Daymion Daymon Daymond Daymone Dayn Dayne Daynis Dayon Dayquan Dayrick Dayron " +
  "Dayrone Dayronn Daysam Daysan Daysean Daysen Dayshaun Dayshawn Dayshon Dayson Daysun Dayten " +
  "Daytin Dayton Dayvan Dayven Dayveon Dayvian Dayvien Dayvin Dayvion Dayvis Dayvon Dayvonn " +
  "Dayyan Dazavion Deaaron Deadrian Deagan Deagen Deaglan Deago Deagon Deaken Deakin Deakon " +
  "Deakyn Deandrae Deangelo Deantae Deante Deanthony Deantre Dearies Dearion Dearius Deashawn " +
  "Deaundre Deaunte Deaven Deaveon Deavion Deavon Deavy Debron Decameron Decari Decarion " +
  "Decarlos Decatur Decimus Decius Deckard Decklan Decklin Declan Decorey Decorian Decorion " +
  "Dedan Deddrick Dedric Dedrick Deeclan Deegan Deejay Deelan Deen Deeric Degan Dehaven " +
  "Deidrick Deigo Deion Deiondre Deiontae Deionte Deitrich Deitrick Deivi Deivy Deizel Dejaun " +
  "Dejay Dejean Dejion Dejohn Dejon Dejuan Dekari Dekendrick Dekevion Dekker Deklan Deklen " +
  "Deklin Deklyn Dekon Dekorion Dekota Delan Delando Delante Deldrick Deleon Delfim Delfino " +
  "Delil Delio Delmiro Delon Delonta Delontae Delonte Delphin Delroy Delsin Delson Delton " +
  "Delvin Delvis Delvon Delwin Delwyn Delyan Demani Demar Demarco Demarcus Demare Demarea " +
  "Demari Demariae Demarian Demarie Demarien Demario Demarion Demarious Demaris Demarius " +
  "Demarkis Demarko Demarkus Demarlo Demarques Demarquez Demarquis Demarr Demarri Demarrio " +
  "Demarrion Demarus Demauri Demaurie Demaurion Demba Dembo Demere Demetreus Demetric " +
  "Demetrice Demetrick Demetrie Demetrio Demetrios Demetrious Demetruis Demetrus Demetry " +
  "Demhat Demian Demichael Demir Demis Demitri Demitrios Demitrius Demitrus Demond Demondre " +
  "Demone Demoni Demonie Demont Demonta Demontae Demontay Demonte Demontez Demontray Demontre " +
  "Demontrell Demosthene Dempsey Demsey Demyan Denard Denez Deng Denico Deniel Denilson Deniro " +
  "Denison Dennys Denovan Denovane Denton Denver Denyss Denzel Denzell Denzey Denzil Deo " +
  "Deodat Deogracias Deondrae Deondray Deondre Deondrey Deonta Deontae Deontay Deonte Deontez " +
  "Deontray Deontre Deovion Dequan Dequarius Dequavion Dequavious Dequincy Deray Derean Dereck " +
  "Dereion Derell Derelle Deren Dereon Derhen Derian Deric Derico Derik Derion Derius Deriyon " +
  "Derman Deron Derradji Derran Derreck Derrel Derrell Derren Derreon Derrian Derric Derrien " +
  "Derrin Derrion Derrius Derry Derryck Derryk Derryl Dersim Dervis Deryan Deryck Deryk Desean " +
  "Deshan Deshaun Deshon Deshun Desiderio Desir Desman Desmin Desmon Destan Desten Destin " +
  "Deston Destry Desty Destyn Detavion Detert Detlef Detlev Detravion Detrick Deundre Deunta " +
  "Deuntae Deusty Deval Devane Devann Devansh Devante Devari Devarian Devarion Devaris " +
  "Devaughn Devaun Deve Deveion Deveon Devereaux Devesh Devian Devid Devinn Devion Devionne " +
  "Devis Devlyn Devondre Devone Devonn Devonta Devontae Devontay Devonte Devontez Devran " +
  "Devrig Devrin Devris Devron Devyn Devyne Dewan Dewaun Dewi Dewight Dewin Dewis Dewon Dewran " +
  "Dexton Deyan Deyann Deylan Deynis Deyniss Deyon Deyshawn Deyton Deyvan Deyven Deyvi Deyvon " +
  "Deyyan Dez Dezman Dezmen Dezmin Dezmon Dezmond Dezmund Dgino Dhairya Dhakir Dhani Dhanush " +
  "Dheeraj Dhevan Dhilan Dhir Dhiren Dhruv Dhruva Dhyan Dhylan Diabe Diadie Diafara Diago " +
  "Diaguely Diaguily Diakaria Diako Diamantino Diamonte Diandre Diangelo Diango Diano Diante " +
  "Diar Diawoye Diboan Diby Dicklan Dickson Diclan Diclane Didac Didie Diedrich Diegue Diegui " +
  "Diel Diell Diepolt Dierck Dierks Dieson Dietbald Diethard Diethelm Dietleib Dieydi Diezel " +
  "Dijon Dijuan Dikran Dilhan Dillan Dillen Dillian Dillin Dillinger Dillion Dillyn Dilon " +
  "Dilovan Dilpreet Dilraj Dilver Dilyan Dimarco Dimarion Dimas Dimitar Dimitrie Dimitrije " +
  "Dimitrios Dimitrius Dimitriy Dimytri Dinan Dinari Dinh Dinis Diniz Diogene Diogenes Diogo " +
  "Diomar Diondre Dionel Dionicio Diontae Dionte Diony Dionys Dionysios Dionysius Diosdado " +
  "Diran Dirck Dirko Dishawn Dishon Ditmar Dittmar Divi Divin Divit Divy Diwayne Dixon " +
  "Diyaeddine Diyan Diyar Diyari Diyor Djaafar Djaber Djabir Djabrail Djack Djad Djaden Djadid " +
  "Djael Djafar Djafer Djaffar Djahel Djahid Djahyan Djahyann Djaid Djaimy Djaison Djalal " +
  "Djalaldine Djalan Djalel Djalil Djalim Djallal Djallel Djallil Djaloud Djalyl Djamael " +
  "Djamal Djamaldine Djamale Djamel Djameldine Djamele Djames Djami Djamil Djamy Djamyl Djan " +
  "Djanel Djanfar Django Djani Djanny Djanyl Djanys Djao Djaouad Djaoued Djason Djassem " +
  "Djassim Djavan Djawad Djawed Djawel Djawen Djay Djayan Djayane Djayann Djayden Djaydon " +
  "Djaylan Djaylann Djayron Djayson Djaz Djazil Djebar Djebril Djebryl Djed Djeden Djeferson " +
  "Djeff Djefferson Djeffrey Djegui Djeidi Djeidy Djelali Djelan Djelane Djelani Djelany " +
  "Djelil Djellali Djelloul Djeloul Djem Djemael Djemai Djemal Djemel Djemil Djemmel Djemy " +
  "Djerry Djeson Djess Djessi Djessim Djesson Djessym Djeston Djevan Djewel Djeyden Djeylan " +
  "Djeyson Djezon Djhayann Djiani Djiany Djiba Djibi Djibril Djibrile Djibrill Djibryl Djiby " +
  "Djigui Djiguiba Djihad Djilali Djilalli Djilan Djilani Djilian Djillali Djily Djilyan Djim " +
  "Djime Djimi Djimmy Djimo Djimon Djimy Djino Djity Djivan Djoan Djoe Djoey Djohan Djohn " +
  "Djolan Djonathan Djordan Djordje Djoud Djoudi Djoulian Djouliann Djoulyan Djounaid Djounayd " +
  "Djovan Djovani Djovanni Djovanny Djovany Djuan Djulian Djuliann Djuliano Djulio Djullian " +
  "Djulyan Djulyann Djybril Djylan Djylian Djyno Dmani Dmarco Dmarcus Dmari Dmario Dmarion " +
  "Dmarius Dmarkus Dmauri Dmetrius Dmichael Dmiti Dmitrii Dmitriy Dmon Dmontae Dmytro Dodji " +
  "Dogan Dogukan Dogus Dohan Dohnovan Dolan Dolovan Dolton Domani Domanic Domanick Domanik " +
  "Domenec Domenick Domenicus Domenik Domenique Domice Domiciano Domingos Dominico Dominikus " +
  "Dominion Dominiq Dominque Dominyc Dominyk Domitien Domiziano Domminick Domnic Domnick " +
  "Domnin Domonic Domonick Domonik Domynic Domynick Donaciano Donadieu Donaldo Donatello " +
  "Donathan Donato Donavan Donaven Donavin Donavyn Dondre Donel Donell Donevan Donevin Doni " +
  "Doniel Doniphan Doniphane Donivan Doniven Donivin Donivon Donnavan Donnaven Donnavin " +
  "Donnelle Donnivan Donnivin Donnovan Donovane Donovann Donoven Donovin Donovon Donovyn Donta " +
  "Dontae Dontai Dontarius Dontavian Dontavion Dontavious Dontavis Dontavius Dontay Dontaye " +
  "Donte Dontea Dontel Dontell Donterious Donterrius Dontez Dontrae Dontravious Dontray Dontre " +
  "Dontrel Dontrell Dontrelle Dony Donyae Donye Donyell Donzell Doran Dorean Dorel Dorell " +
  "Doren Doriand Doriann Doriano Dorick Dorien Dorig Dorin Dorion Dorman Doron Dorone Doroteo " +
  "Dorrell Dorrian Dorsey Doru Doruk Doryan Doryann Dositeo Dosson Dosty Douadi Doudou Douga " +
  "Dovan Dovber Dovid Dowson Dquan Dracen Draco Draconis Draden Draeden Draedyn Draegan " +
  "Dragisa Drago Dragomir Dragos Dragoslav Dragotin Draiden Draiven Draken Drako Dramane " +
  "Drashawn Draven Dravin Dravyn Drayden Draydin Draydon Drayk Drayke Draylen Draylon Drayson " +
  "Drayton Drayven Drayvin Drazic Drazick Drazik Dreden Dredyn Drelan Drelen Drelin Drelon " +
  "Drelyn Drelynn Dren Drequan Dresden Dresean Dreshaun Dreshawn Dreson Dreveon Drevin Drevion " +
  "Drevon Drexel Dreydan Dreyden Dreydon Dreylon Dreyon Dreyson Dreyton Drezden Drian Drice " +
  "Dries Drilon Drin Dris Driss Drissa Drisse Dristen Dritan Drogo Druon Dryan Dryce Dryden " +
  "Drys Dryss Drystan Dschingis Dsean Dshaun Dshawn Dshon Duan Duante Duarte Dublin Duc Duccio " +
  "Dugan Duilio Dujuan Dumenicu Dumitru Dunkan Dupree Duquesne Duran Durell Durham Duriel " +
  "Durmus Duron Durrell Durron Dusan Dushawn Dusko Dustan Dusten Duston Dustyn Duval Duvan " +
  "Duwayne Duy Dvaughn Dvir Dvon Dvonte Dwaine Dwan Dwane Dwayn Dwen Dyami Dycklan Dyclan " +
  "Dyclane Dyclann Dyego Dyklan Dyland Dylanjames Dylen Dylhan Dylian Dylin Dyllen Dyllin " +
  "Dyllon Dylon Dylyn Dymir Dymitri Dyon Dyquan Dyron Dysen Dyshaun Dyshawn Dyson Dyvon Dywan " +
  "Dywen Dzenan Eadon Eaen Eagan Eain Eamonn Ean Eann Earon Eashan Eason Easten Eastin Easton " +
  "Eathan Eathen Eathin Eaton Eaven Eban Ebbert Eber Eberardo Ebert Ebin Ebraheem Ebrahim " +
  "Ebrima Ebu Ebubekir Echedey Eckart Eckehart Eckhard Ector Edaly Edann Edden Edder " +
  "Eddieberto Eddiel Eddine Eddison Eddrick Eddyne Eddyson Edeen Edek Edelbert Edelmiro Edem " +
  "Edenilson Edens Eder Edern Ederson Edey Edhan Edhem Edhy Ediberto Ediel Edilbert Edilberto " +
  "Edilson Edim Edine Edinson Edir Edis Edison Edisson Ediz Edjy Edman Edmar Edmard Edmilson " +
  "Edmondo Edmont Edmundo Ednard Edo Edon Edonis Edorta Edouardo Edouart Edras Edrei Edrian " +
  "Edric Edrick Edris Edriss Edson Edu Eduar Eduin Edvin Edwar Edwards Edwart Edwen Edwing " +
  "Edwinn Edwuin Edwy Edwyn Edyne Edyson Edzio Eero Eesa Eeshan Efe Efecan Efekan Efflam " +
  "Efisio Efkan Eflamm Efrahim Efraim Efram Efrin Ege Egehan Egemen Egide Egidio Egino Egiste " +
  "Egoi Egoitz Egzon Ehab Ehan Ehoarn Ehouarn Ehren Ehrenfried Ehsan Ehtan Eian Eidan Eiden " +
  "Eiji Eilan Eimen Eimeo Ein Einar Eion Eirik Eisen Eita Eithan Eithen Eizan Ejay Ekaansh " +
  "Ekai Ekain Ekaitz Ekam Ekamjot Ekansh Ekhi Eki Eko Ekrem Elad Eladio Eladji Elai Elain Elam " +
  "Elamine Elann Elano Elarif Elazar Elber Elbis Elchanan Elchonon Eldad Eldar Eldi Eldine " +
  "Eldrick Eldwin Eleazar Eleder Elek Eleodore Eleuterio Eleuther Eleuthere Elgin Elhabib " +
  "Elhad Elhadi Elhadj Elhadje Elhadji Elhaj Elhan Elhanan Eliab Eliacin Eliad Eliahou Eliajah " +
  "Eliakim Eliam Elian Eliann Eliano Eliaou Eliaquim Eliard Eliasar Eliass Eliasse Eliav Eliaz " +
  "Eliazar Eliazer Eliberto Eliceo Elicha Elicio Elidja Elien Elier Eliere Elies Elieser " +
  "Eliess Eliesse Eliez Eliezar Eliezer Eligah Eligh Eligio Elii Eliijah Elija Elijaah " +
  "Elijahjames Elijan Elijay Elijha Elijiah Elijio Elijuah Elim Elimane Elimelech Elino Elion " +
  "Elios Eliote Elioth Eliran Elirone Elisah Elisandro Elisardo Elisei Eliseo Eliseu Elishah " +
  "Elisien Elisio Eliu Eliud Elius Eliut Eliyahou Eliyahu Eliyas Elizandro Elizar Elizer " +
  "Eliziah Elizio Eljay Eljin Eljy Elkin Ellan Ellande Ellian Ellias Ellies Ellijah Ellio " +
  "Ellioth Ellyas Ellyes Ellyot Elmahdi Elmar Elmedin Elmehdi Elmi Elmin Elmir Elmo Elnathan " +
  "Elno Eloan Eloen Elohan Elohann Eloic Eloick Eloim Elom Elon Elone Elonn Elorn Elouan " +
  "Elouen Elouenn Elowan Elowann Eloy Elpidio Elric Elrick Elrik Elso Elson Eluan Eluzer " +
  "Elvedin Elven Elvino Elvio Elvir Elviz Elvys Elwan Elwann Elway Elwis Elwynn Elyad Elyahou " +
  "Elyakim Elyam Elyamine Elyan Elyann Elyano Elyas Elyass Elyasse Elyaz Elyazid Elydja " +
  "Elydjah Elyel Elyes Elyess Elyesse Elyja Elyjiah Elyo Elyon Elyor Elyos Elyot Elyott Elysio " +
  "Elyzio Elzear Elzeard Elzo Emaad Emad Emael Emanouel Emanual Emarion Emauri Embarek Emeka " +
  "Emelio Emenuele Emeric Emerick Emerik Emeril Emerique Emerito Emeryc Emeryck Emeryk Emerys " +
  "Emerzon Emet Emeterio Emidio Emigdio Emiland Emileo Emilian Emilien Emilion Emille " +
  "Emilliano Emillio Emilo Emilyo Emin Emircan Emirkan Emitt Emji Emjy Emmanoyhl Emmanual " +
  "Emmanuell Emmaus Emmeran Emmeric Emmerick Emmitt Emon Emond Emontae Emonte Emra Emrah Emran " +
  "Emrane Emre Emrecan Emric Emrick Emrik Emrique Emris Emron Emrullah Emryck Emrys Emyl " +
  "Emylien Emylio Emyr Enael Enai Enaitz Enak Enam Enan Enaut Ender Enderson Endi Endika Endjy " +
  "Endri Endric Endrick Endrit Eneas Eneko Enel Eneo Eneour Eneric Enerick Enes Eness Engel " +
  "Engin Engueran Enguerand Enguerran Enguerrand Enio Enis Eniss Enji Enki Enmanuel Ennemond " +
  "Ennerick Ennio Enno Eno Enoah Enoal Enoc Enock Enolan Enor Enri Enric Enrick Enrik Enrike " +
  "Enriko Enrrique Enry Enryck Ensar Enso Enson Entoni Envel Enver Enyo Enys Enzho Enzi Enzio " +
  "Enzy Enzyo Enzzo Eogan Eoghan Eol Ephram Epifanio Eppo Equan Eragon Erald Eraldo Erasme " +
  "Erasmo Erasto Eray Erblin Ercan Ercole Erdal Erdem Erdi Erdinc Erdogan Erdt Erduan Erembert " +
  "Eren Erevan Erez Erfan Erfried Ergin Ergul Ergun Erhan Erhardt Erian Eribert Eriberto " +
  "Erickson Erico Ericson Ericsson Eridan Erikson Eriksson Erim Erion Eriq Eritz Eriz Erjon " +
  "Erkam Erkan Erkin Erkut Erlan Erland Erlantz Erle Erlin Erlis Ermal Erman Ermando Ermano " +
  "Ermenegildo Ermes Erminio Ernan Ernes Erno Eroan Erol Eron Eros Erouan Errico Erron Ersan " +
  "Ersen Ersi Ersin Ersoy Ertan Erton Ertugrul Erturul Erubiel Ervan Ervann Erve Erven Ervey " +
  "Erving Ervis Ervyn Erwann Erwein Erwen Erwenn Erwing Erwoan Erwyn Ery Eryan Eryck Eryk Eryx " +
  "Esa Esad Esai Esaiah Esaias Esaie Esat Esau Esaul Escher Escolastico Esequiel Eser Esgar " +
  "Eshaan Eshan Eshawn Eshwar Esiah Esias Eskander Esmael Esmail Esmond Espen Esref Esrom " +
  "Essaid Essam Essan Essex Estanislao Estebane Estebann Estebe Esteben Estefano Esten Estephe " +
  "Estevao Esteve Esteven Estevon Estheban Esthebane Estienne Estin Estiven Eston Estuardo " +
  "Esvin Eswin Etai Etane Etann Etelvino Etem Ethanael Ethangabriel Ethaniel Ethanjacob " +
  "Ethanjames Ethanmichael Ethann Ethem Ethen Ethin Ethon Ethyn Etinosa Ettan Etzio Euan " +
  "Euclides Eudald Eudaldo Eude Eudore Eufemio Eufrasio Eugeni Eugeniu Eugeniusz Eugenjusz " +
  "Euken Eulalio Eulises Eulogio Euphrase Euphrasius Eurico Eusebi Eusebio Eustaquio Eustasio " +
  "Eutimio Eutiquiano Eutiquio Euzebe Euzebio Evahn Evander Evandro Evangelos Evans Evaristo " +
  "Evelio Evence Evencio Evenn Evenor Evenson Everardo Everd Everest Everet Everette Everhard " +
  "Everhett Everitt Everson Everton Evgenii Evgueni Evhan Evhann Evode Evodio Evran Evrard " +
  "Evren Evrett Ewald Ewane Ewann Ewans Exael Exavier Exavior Exequiel Exoce Expedie Expedit " +
  "Expedito Exupere Exzavier Exzavior Eyad Eyal Eyan Eyasu Eydan Eydenn Eylan Eylann Eylon " +
  "Eyman Eymard Eymeric Eymerick Eymric Eymrick Eyob Eyoel Eyon Eyoub Eyram Eyrian Eyron Eytan " +
  "Eytann Eythan Eythann Eyub Eyup Eyvan Eywen Eyyub Eyyup Ezan Ezana Ezariah Ezechias " +
  "Ezeckiel Ezekial Ezekyel Ezequias Ezer Eziah Ezikiel Ezio Ezkiel Ezrah Ezriel Ezyo " +
  "Ezzeddine Ezzedine Ezzio Ezzo Faaris Fabbio Fabion Fabius Fabre Fabriano Fabriciano " +
  "Fabricio Fabrisio Fabrizzio Fabyan Fabyo Facinet Facundo Fadel Fadeusz Fadhel Fadhil Fadhul " +
  "Fadiala Fadil Fadl Fady Fael Faelan Fahad Fahadi Fahami Fahar Fahardine Fahde Fahed Faheem " +
  "Fahel Fahem Fahid Fahim Fahime Fahmi Fahmy Fahrettin Fahri Fahrid Fahym Faical Faicel Faid " +
  "Faik Fais Faisal Faisel Faissal Faissel Faissoil Faiz Faizaan Faizal Faizan Faize Faizon " +
  "Fakher Fakhri Faki Fakri Falco Falikou Falilou Falk Falko Fallou Falou Falvio Fanch Fanchin " +
  "Fanilo Fano Fantin Fanuel Faousi Faouzi Faouzy Faozi Faran Faras Faraz Fardeen Fardi Fareed " +
  "Farel Farell Faress Faresse Farez Farhad Farhan Farhane Farid Faride Faridi Farik Faris " +
  "Fariss Farisse Fariz Farncesco Farok Faron Farouck Farouk Farouq Farrid Faruk Faruq Farys " +
  "Fatahou Fateen Fateh Fath Fatha Fathallah Fathi Fatih Fatmir Fattah Faudel Faudil Faust " +
  "Faustino Fausto Fauzi Favian Favien Favio Fawaz Fawez Fawzan Fawzi Fawzy Fayad Fayade " +
  "Fayadi Fayal Fayan Fayane Fayaz Faybian Faycal Faycale Faycel Fayed Fayel Fayez Fayiz " +
  "Faysal Faysel Fayssal Fayssel Fayz Fazal Fazel Fazil Fazli Fazul Fedele Fedi Fedor Fedy " +
  "Fehd Fehdi Fehim Fehmi Feliciano Felicisimo Felip Felis Felisindo Feliu Feliz Felton Felyx " +
  "Femi Fendi Fenelon Fenix Fenton Feras Ferat Ferdi Ferenc Fereol Feres Fergal Ferhat Ferid " +
  "Ferie Ferit Ferjeux Ferly Ferman Fermi Fermin Fernandez Ferney Ferran Ferreol Ferrer " +
  "Ferrier Ferruccio Ferrucio Feruccio Fessal Fetah Fethi Fethy Fetih Fettah Fevrier Fevzi " +
  "Feycal Feyyaz Fher Fidelis Fidencio Fidy Fikret Fikri Filemon Filiberto Filipe Filipo " +
  "Filippe Filomeno Finbar Fineas Finian Finnbar Finnean Finneas Finnegan Finneus Finnian " +
  "Finnigan Finnley Fintan Finton Fioravante Fioravanti Fiore Fiorello Fiorenzo Fiorino Firas " +
  "Firass Firasse Firat Firmino Fischer Fishel Fjodor Flaubert Flaurent Flavian Flaviano " +
  "Flavio Flavius Fleuret Fleurian Fleuris Fleury Floran Florant Florantin Florea Floreal " +
  "Florenci Florencio Florentino Florenz Florenzo Florestan Floriano Floriant Floribert " +
  "Florice Florien Florient Florimon Florimond Florimont Florindo Florinel Florio Florius " +
  "Florus Florville Floryan Florys Foad Foade Foday Fode Fodel Fodhil Fodie Fodil Folco Fong " +
  "Forlan Fortino Fortunat Fortunato Fouad Fouade Foucaud Foucauld Foucault Foudil Foued " +
  "Fouede Fouhad Fouhed Foulques Fourat Fousi Fousseiny Foussen Foussene Fousseni Foussenou " +
  "Fousseny Fousseyni Fousseynou Fouzi Fouzy Foxx Fracesco Fragan Frahim Francel Francelin " +
  "Francesc Francescopaolo Francescopio Francescu Franceslo Franchesco Franchin Francinet " +
  "Francio Francius Franck Francki Francky Franco Francy Frandy Franjo Franko Frantzy " +
  "Franziskus Franzy Freddrick Frederi Frediano Fredie Fredis Fredj Fredo Fredy Frejus " +
  "Fridericus Fridlin Fridolin Friedbert Friedel Friedemann Frieder Friederich Friedhelm " +
  "Frnacesco Froilan Froylan Fructuoso Frutos Fryderyk Fuad Fuat Fulcrand Fulgencio Fulvio " +
  "Furcy Furkan Furqan Fynn Gabain Gabano Gaberial Gaberiel Gabino Gable Gabor Gabrael Gabreil " +
  "Gabrial Gabrian Gabrieli Gabrien Gabryel Gabryl Gabryle Gabyn Gacem Gaddiel Gadge Gadiel " +
  "Gaelen Gaelig Gaetan Gaetano Gaethan Gagik Gagny Gaguik Gahel Gaian Gaige Gaije Gailor " +
  "Gailord Gaines Gais Gaitan Gaizka Gaje Galaad Galaan Galadio Galahad Galder Galdric Galien " +
  "Galileo Galip Gallen Gallien Galo Gamal Gamalier Gamel Gamil Gamliel Gandhi Ganesh Gani " +
  "Ganon Gaoussou Garabed Garabet Garan Garang Garba Garbis Garcia Garcin Gared Garen Garet " +
  "Garett Garice Garikoitz Garin Garion Garip Garis Garison Garnett Garo Garoe Garon Garren " +
  "Garrin Garris Garrit Garritt Garron Garyn Garyson Gaspare Gassen Gatlin Gatlyn Gaudencio " +
  "Gaudens Gauderic Gauderique Gaulthier Gaultier Gaurav Gautam Gautham Gautier Gauvain Gauvin " +
  "Gavinn Gavino Gavon Gavriel Gavril Gavrila Gavroche Gavyn Gavynn Gayan Gaylon Gazi Gebhard " +
  "Gebril Gedalia Geddy Gedeon Geffrey Gehrig Gelacio Gelindo Gelson Gelu Gemael Gemari Gemel " +
  "Genael Genaro Genek Genereux Generoso Gengis Genis Genji Gennaro Genseric Gentien Gentil " +
  "Geo Geoffray Geoffroi Geofrey Geofroy Geomar Geordan Geordy Georgel Georget Georginio " +
  "Georgino Georgio Geovani Geovanni Geovannie Geovanny Geovany Geovonni Geovonnie Gerad " +
  "Geraldo Gerd Geremi Geremia Geremiah Geremie Geremy Geren Gerhart Geric Gerlando Germano " +
  "Germari Germarion Germer Germier Gernot Gero Gerold Geronimo Gerrell Gerrick Gerrod Gerron " +
  "Gershom Gershon Gerson Gervasio Gerville Gerwald Gerzon Gesner Gessim Gevin Gevon Gevorg " +
  "Gexan Geza Gezim Ghais Ghaith Ghalem Ghali Ghaly Ghanem Ghani Ghaouti Gharib Ghassan " +
  "Ghassane Ghassen Ghayth Ghazi Gheorghe Ghilain Ghilas Ghiles Ghislain Ghjaseppu Ghjiseppu " +
  "Ghjulian Ghjulianu Ghjuvan Ghjuvanni Ghulam Ghyslain Giacinto Giacobbe Giaime Giambattista " +
  "Giammarco Giammaria Giampaolo Giampiero Giampietro Gianantonio Gianbattista Giancarlo " +
  "Giancarlos Gianclaudio Giandomenico Gianfilippo Gianfranco Giankarlo Gianlorenzo Gianluca " +
  "Gianlucas Gianlucca Gianluigi Gianmarco Gianmaria Gianmario Gianmatteo Gianmichele Giann " +
  "Gianncarlo Giannis Gianno Gianny Giano Gianpaolo Gianpiero Gianpietro Gianvito Giany " +
  "Giavanni Gibram Gibran Gibril Gibryl Gibson Giddeon Gienek Gihad Gilali Gilbrecht Gildardo " +
  "Gildo Gildwen Gilen Gilian Gille Gillen Gillermo Gilmar Gils Gilson Gilverto Gimmy Ginaluca " +
  "Gines Ginet Ginez Ginno Ginot Gio Gioacchino Gioele Giomar Gion Gionata Gionatan Gionathan " +
  "Gionni Giorgios Giosue Giovambattista Giovan Giovanbattista Giovane Giovani Giovanie " +
  "Giovann Giovanne Giovannie Giovanny Giovany Giovoni Giovonni Giovonnie Girard Gireg Girel " +
  "Girolamo Girons Gisbert Gislain Gislhain Gismond Gisueppe Giulian Giuliani Giuliann " +
  "Giuliano Giullian Giulyan Giulyann Giusepep Giuspepe Givanni Givoanni Glauco Gleb Glodi " +
  "Glody Goan Gochen Godefroi Godofredo Godric Godsent Godstime Godswill Goeffrey Goery Gohan " +
  "Gohann Gokan Gokay Gokdeniz Gokhan Gokmen Goksel Golbert Golven Goncalo Gonsalo Gonthier " +
  "Gontzal Gonzague Gonzalve Goodluck Gopal Gor Gora Gorka Gorkem Goshen Gotthard Gotthilf " +
  "Gotti Gottlieb Gottlob Gotzon Goulam Goulven Goulvenn Goulwen Goulwenn Goustan Govani " +
  "Govanni Govind Govinda Gowtham Grabiel Graciano Gracien Gracieux Graciliano Gracin Graden " +
  "Gradi Gradie Gradin Gradon Gradyn Grae Graeden Graedy Graeson Grafton Grahm Graiden Graidy " +
  "Graisen Graison Grandin Grason Grat Gratian Grau Grayden Graydon Grayer Graylin Graylon " +
  "Graysen Grayson Graziano Gregori Gregorios Gresham Greyden Greydon Greyer Greysen Greysin " +
  "Greyson Grichka Griffen Griffyn Grigor Grigore Grigori Grigorij Grigory Grisham Gryffen " +
  "Gryffin Grzegorz Guage Gualter Gueladio Guelor Guelord Guenahel Guenhael Guerau Guerchom " +
  "Gueric Guerick Guerin Guerino Guerlain Guerlin Guerric Guerrino Guerschom Guershom Gueven " +
  "Guevin Guewen Guewenn Guhan Guibert Guichard Guiem Guifre Guigner Guil Guilain Guilan " +
  "Guilaume Guilem Guilhain Guilhaume Guilhem Guilhen Guilherm Guilian Guiliann Guiliano " +
  "Guilio Guillain Guillan Guillem Guillemin Guillen Guillerme Guillian Guillyan Guilyan " +
  "Guilyann Guim Guimba Guinel Guinness Guiorgui Guirec Guireg Guiseppe Guislain Guito Guiu " +
  "Guive Gulian Gumaro Gumersindo Gundolf Guner Guney Gungor Guntram Gurfateh Gurhan Gurjot " +
  "Gurkan Gurkirat Gurman Gurpreet Gurshaan Gurshan Gurval Gurvan Gurvann Gurveer Gurvir " +
  "Gurwal Gurwan Gurwann Gustabo Gustin Guston Gutemberg Guven Guyaume Guybert Guylain Guylan " +
  "Guylann Guylhem Guylian Guyliann Guyllaume Guyllian Guyto Guzman Gwanael Gweltas Gweltaz " +
  "Gwenal Gwendael Gwendal Gwendall Gwendan Gwendhal Gwenegan Gwenel Gwennole Gwenole Gwenvael " +
  "Gwenvel Gwezheneg Gwilhem Gwilherm Gyan Gyasi Gyl Gyno Gyslain Haadi Haaken Haakon Haaris " +
  "Haaron Haben Habibi Habibou Habid Habil Habip Hacem Hacen Hacene Hachem Hachemi Hachim " +
  "Hachime Hachimi Hachmi Haci Hacine Hackim Hadad Hadden Haddi Haddon Haddou Hadel Haden " +
  "Hades Hadi Hadietou Hadje Hadri Hadrianus Hadriel Hadrien Haeden Haegan Hael Hafed Hafedh " +
  "Hafez Haffid Hafid Hafide Hafidhou Hafif Hafiz Hagie Hagop Haickel Haidan Haidar Haiden " +
  "Haider Haidin Haidon Haikal Haikel Haim Hairo Haissa Haissam Haisten Haitam Haitem Haitham " +
  "Haithem Haitz Hajari Hajo Hakan Hakem Hakime Hakki Hakob Hakop Haktan Hakym Halan Halden " +
  "Haldrin Haled Haleem Halen Halid Halidi Halil Halilou Halis Halit Hallan Halston Halton " +
  "Haluk Halvard Hama Hamad Hamada Hamadi Hamadou Hamadoun Hamady Hamala Hamani Hamar Hamath " +
  "Hamda Hamdan Hamdane Hamdia Hamdy Hamed Hamedi Hamedy Hameed Hamet Hameza Hami Hamidou " +
  "Hamim Hamimi Hamin Hamine Hamir Hamit Hamlaoui Hammadi Hammou Hamon Hamou Hamoud Hamouda " +
  "Hamoudi Hampton Hamsa Hamse Hamzah Hamzat Hamzeh Han Hanad Hanafi Haneef Hani Haniel Hanif " +
  "Hanifi Hanis Hanley Hannes Hannibal Hanniel Hanno Hannon Hanns Hansel Hansen Hansi Hansley " +
  "Hantz Hany Hanz Hanza Hanzel Hanzo Haoran Haouari Haoues Haoussouba Haoyu Haralambos Haran " +
  "Hardi Harel Hari Hariharan Harim Haris Harish Harisson Harith Haritz Harjas Harjot Harkaitz " +
  "Harlem Harlon Haron Harone Haronn Haroon Harouna Haroune Harout Harrisson Harro Harrold " +
  "Harron Harrys Harryson Harsha Harshaan Harshal Harshan Harshil Harshith Hartmut Hartwig " +
  "Haru Harun Harutyun Harvard Harvin Harvir Harvy Hary Harys Hasaan Hasane Hasani Hasdin " +
  "Hasdine Haseeb Hasen Hashem Hashir Hasiel Hasim Hasnain Hasni Hason Hassaan Hassam Hassane " +
  "Hassani Hassein Hassem Hassen Hassene Hassib Hassim Hassin Hassine Hasso Hatcher Hatem " +
  "Hatim Hatime Hatman Hauke Havish Hawke Hawken Hawkins Hawthorne Hayan Hayane Hayann Haydan " +
  "Haydar Haydenn Hayder Haydin Haydn Haydyn Haygen Hayk Haykal Haykel Haylan Hayoub Hayrettin " +
  "Hayri Hayron Hayrullah Hays Hayssam Haytam Haytem Haytham Haythem Hayyan Hayze Hayzen " +
  "Hazael Hazdine Hazedine Hazem Hazen Haziel Hazim Hazir Haziz Heathcliff Heaton Heber " +
  "Heberto Hecham Hechame Hechem Hechmi Heddy Heden Hegoi Heiarii Heiden Heikel Heiko Heilmar " +
  "Heimana Heimdall Hein Heinar Heindy Heiner Heini Heinke Heinko Heino Heintje Heinz Heith " +
  "Heithem Hektor Helam Helaman Helder Helfried Helian Helias Helie Helies Helio Heliodore " +
  "Heliodoro Helios Heliot Heliott Hellmut Hellmuth Helmar Helmer Helmfried Helmolt Helmut " +
  "Helmuth Helmy Helno Helois Helori Helory Helouri Helton Helwan Helwane Hely Helyan Helyo " +
  "Helyos Hemeric Hemerick Hemerson Hemrick Hemza Hendric Hendricks Hendrix Hendry Hendryck " +
  "Hendryk Heng Heni Henner Hennig Henning Henoc Henoch Henock Henok Henric Henrich Henrick " +
  "Henrico Henrio Henriot Henriques Henrius Henrry Henryck Henson Heny Henzo Heol Heraclio " +
  "Heraldo Herber Herberth Herbold Herculano Hereba Heribert Heric Herick Heritiana Heritier " +
  "Herizo Herland Herle Herlin Hermand Hermane Hermant Hermenegildo Hermes Hermin Herminio " +
  "Hermogenes Hernan Hernani Herode Herrmann Hershy Herson Herton Heru Hervin Herwan Herwann " +
  "Herwig Herwin Hery Hesham Hessam Hesston Heston Hevan Hevann Heven Hever Heydan Heykel " +
  "Heythem Hezakiah Hezekiah Hiatt Hibrahim Hicham Hichame Hichem Hicheme Hidan Hidayet Hidir " +
  "Hien Hieu Higinio Hikaru Hikeem Hikmet Hilan Hildebert Hildemar Hildmar Hilko Hillaire " +
  "Hillal Hilmar Hilmi Himad Himar Himed Himmet Hinckley Hinrich Hinz Hiob Hipolito Hipolyte " +
  "Hippolite Hippolythe Hiran Hiro Hiroki Hiroshi Hiroto Hisham Hissa Hissam Hissein Hivan " +
  "Hizir Hoan Hoany Hoche Hocin Hocine Hodayfa Hodei Hoel Holdan Holdyn Holger Hollan " +
  "Hollister Holm Holmi Holston Holten Holton Homar Homero Honeste Honorato Honorin Honorino " +
  "Honorio Honorius Hooper Hortensio Hortensius Hosea Hosman Hosni Hosny Hossain Hossam Hossem " +
  "Hossen Hossin Hossine Hossni Hotman Houari Houcem Houcin Houcine Houd Houdaifa Houdayfa " +
  "Houdeyfa Houdhayfa Houdheyfa Houlam Housam Housem Housine Housman Housmane Housni Housny " +
  "Houssain Houssaine Houssam Houssama Houssame Houssayn Houssein Housseine Houssem Houssen " +
  "Houssene Housseyn Houssin Houssine Houssni Houston Houzefa Hovhannes Howel Howell Howen " +
  "Hriday Hrishi Hrishikesh Hristo Hrithik Htoo Huan Hubald Huber Hubertus Hudayfa Hudhayfa " +
  "Hudsen Hudson Hudsyn Huggo Hughes Hughston Hugolin Hugot Hugue Huguet Huguo Hulderich " +
  "Huldreich Huldrich Huldrych Hulusi Humza Humzah Hunner Huntter Hurard Huriel Husam Husnu " +
  "Hussam Hussan Hussayn Hussen Husseyin Husseyn Hussien Hussnain Huston Hutchinson Hutson " +
  "Hutton Huu Huxley Huy Huzaifa Huzeyfe Hyacine Hyanis Hyazinth Hyazinthus Hycham Hychem Hyde " +
  "Hyden Hyder Hygin Hykeem Hylan Hyland Hylane Hylann Hylian Hylies Hyllan Hymed Hypolite " +
  "Hypolyte Hyppolite Hyppolyte Hyrum Hyssam Hyun Iacob Iacopo Iacov Iancarlo Ianis Ianmichael " +
  "Iann Iannis Ianys Iazid Iba Iban Ibann Ibn Ibnou Ibon Ibou Ibourahima Ibra Ibragim Ibraham " +
  "Ibraheem Ibrahem Ibrahima Ibrahime Ibraim Ibraima Ibraza Icare Ichai Icham Ichame Ichane " +
  "Ichem Icheme Ichiro Icker Idan Idel Idelfonso Ider Idir Ido Idrees Idrice Idris Idriss " +
  "Idrissa Idrisse Idrys Idryss Ieltxu Ien Ieuan Ifeanyi Ifeoluwa Ifig Iftikhar Igal Igino " +
  "Igli Ignacy Ignasi Ihab Ihabe Ihan Iheb Ihlan Ihor Ihsaan Ihvan Iian Ijah Ijaz Ikaika " +
  "Ikechukwu Ikeem Ikenna Ikmal Ilaan Ilai Ilan Ilann Ilano Ildebert Ildefonse Ildefonso " +
  "Ildephonse Ildut Ilenzo Iles Ilhami Ilhane Ilhann Ilhian Ilhyan Iliace Iliam Ilian Iliann " +
  "Iliano Ilias Iliass Iliasse Ilidio Ilie Ilies Iliess Iliesse Ilijah Ilio Ilir Ilirian Iliya " +
  "Iliyan Iliyas Iliyes Ilja Ilkan Ilker Illan Illane Illario Illia Illiam Illian Illiane " +
  "Illiano Illias Illidan Illies Illiess Illiesse Illya Illyam Illyan Illyas Illyes Illyess " +
  "Illyesse Ilo Iloan Ilohan Iluminado Ilwan Ilyace Ilyad Ilyam Ilyan Ilyann Ilyano Ilyas " +
  "Ilyase Ilyass Ilyasse Ilyassine Ilyes Ilyess Ilyesse Ilyo Imaad Imad Imade Imadeddine Imame " +
  "Imanol Imanuel Imbert Imed Imer Imere Imir Immanol Imraan Imrann Imre Imrhan Imri Imroine " +
  "Imtiaz Imtiyaz Inacio Inaki Inan Inar Indalecio Indio Indrick Ingo Ingolf Ingomar Ingvar " +
  "Inhar Iniko Inioluwa Iniyan Inman Inmar Inmer Innocenzo Inocencio Inocente Inouk Inri Insa " +
  "Inssa Inza Ioan Ioane Ioanis Ioann Ioannis Ioen Iohann Iokepa Ionatan Ionathan Ionel Ioni " +
  "Ionis Iony Iori Ioritz Ioseba Iosefa Iosif Iosu Iosua Iouri Iprahim Iqbal Irai Irakli Irbin " +
  "Irchad Irchade Irchadi Ireneo Irfaan Irfan Irham Irhame Irineo Iriome Irman Irmane Irmfried " +
  "Irmin Irmo Irone Irshad Irvyn Irwan Irwane Irwing Isaack Isaah Isaaq Isabelino Isabelo " +
  "Isacc Isack Isael Isaha Isahac Isahak Isahi Isai Isaiahs Isaic Isaid Isaie Isaih Isaiha " +
  "Isair Isaiyah Isam Isambert Isame Isamu Isao Isaq Isaque Isau Isauro Isay Isbert Iseah Isen " +
  "Ishaac Ishaak Ishaaq Ishac Ishai Ishak Ishaka Isham Ishan Ishane Ishant Ishanth Ishaq Ishay " +
  "Ishem Ishmael Ishmail Ishmeal Ishmel Isiac Isiaha Isiaih Isidre Isileli Iskandar Iskander " +
  "Iskender Islamdine Ismaeel Ismaele Ismahil Ismaiel Ismaila Ismain Ismaine Ismar Ismayil " +
  "Ismayl Ismin Isnel Isolino Isom Ison Israfil Isreal Isrrael Issack Issael Issaga Issah " +
  "Issai Issaiah Issaias Issaic Issak Issaka Issam Issame Issan Issane Issef Issem Issey " +
  "Isshac Isshak Isshaq Issiac Issiaga Issiaka Issiakha Issic Issihaka Isslam Issop Issouf " +
  "Istvan Iszak Italo Itamar Itan Itay Iteb Ithan Ithiel Ithier Itshak Itzan Itzhak Iulian " +
  "Iunio Iurie Iurii Iustin Ivain Ivanhoe Ivann Ivano Ivanoe Ivaylo Iven Iverson Ivi Ivica " +
  "Ivin Ivion Ivis Ivo Ivonig Ivrin Iwan Iwane Iwann Iwen Iwenn Iyaad Iyad Iyade Iyam Iyan " +
  "Iyane Iyann Iyas Iyed Iyes Iyon Izaac Izaah Izaan Izac Izacc Izack Izad Izaeah Izael Izaha " +
  "Izai Izaia Izaiah Izaias Izaih Izaiha Izair Izaiyah Izaki Izam Izan Izao Izayah Izayiah " +
  "Izeah Izeck Izei Izeiah Izek Izet Izeyah Izhaac Izhac Izhak Izhan Izhaq Iziaha Izic Izick " +
  "Izik Izmael Izrael Izreal Izsak Izuchukwu Izyan Izyk Izzac Izzak Izzet Izziah Jaad Jaafar " +
  "Jaak Jaan Jaap Jaaron Jaasiel Jaaziah Jaaziel Jabar Jabaree Jabari Jabarie Jabarri Jabbar " +
  "Jabe Jaben Jaber Jabes Jabier Jabin Jabir Jabori Jabran Jabrane Jabraylon Jabre Jabree " +
  "Jabreel Jabri Jabriel Jabrien Jabril Jabron Jabryan Jac Jacaden Jacaleb Jacameron Jacari " +
  "Jacarie Jacarion Jacarious Jacarri Jacary Jaccari Jaccob Jace Jacek Jacem Jacen Jaceon " +
  "Jacer Jacere Jachai Jachin Jachob Jaciel Jacier Jacim Jacint Jacinto Jacir Jackies Jackman " +
  "Jackob Jacksen Jacksyn Jaco Jacobb Jacobe Jacobey Jacobi Jacobian Jacobie Jacobjames Jacobs " +
  "Jacobus Jacoby Jacolbi Jacolby Jacomo Jacopo Jacoree Jacorey Jacori Jacorian Jacorie " +
  "Jacorion Jacorius Jacory Jacq Jacquan Jacque Jacquel Jacquez Jacquies Jacquis Jacquit " +
  "Jacquy Jacsen Jacson Jacub Jadan Jadarian Jadarien Jadarion Jadarious Jadarius Jadarrian " +
  "Jadarrion Jadarrius Jadavion Jadd Jadden Jadeen Jadein Jadenn Jadeon Jader Jaderion Jadhen " +
  "Jadhiel Jadiah Jadian Jadiel Jadien Jadier Jadin Jadison Jadius Jadon Jador Jadrian Jadriel " +
  "Jadrien Jadyel Jadyne Jaecob Jaedan Jaeden Jaedin Jaedon Jaegar Jaekob Jaekwon Jaelan " +
  "Jaelen Jaelin Jaelon Jaemin Jaeon Jaequan Jaesean Jaeshaun Jaeshawn Jaeshon Jaeson Jaesun " +
  "Jaeveon Jaevian Jaevin Jaevion Jaevon Jaevyn Jafari Jafet Jafeth Jaffar Jagen Jager Jaggar " +
  "Jagger Jago Jagoba Jagur Jah Jahad Jahan Jahari Jahaun Jahaziel Jahden Jahdiel Jahdir Jahed " +
  "Jaheed Jaheem Jaheim Jahi Jahid Jahiem Jahier Jahim Jahime Jahin Jahir Jahiro Jahkai " +
  "Jahkari Jahkeem Jahki Jahlan Jahlani Jahlann Jahleel Jahlen Jahliel Jahlil Jahlon Jahly " +
  "Jahmad Jahmair Jahmal Jahmani Jahmar Jahmarcus Jahmari Jahmarion Jahmarley Jahmeer Jahmeir " +
  "Jahmel Jahmere Jahmez Jahmier Jahmiere Jahmil Jahmir Jahmire Jahn Jahnael Jahnai Jahnis " +
  "Jahny Jahnys Jaho Jahon Jahquan Jahquell Jahquez Jahred Jahrell Jahri Jahrod Jahron Jahsan " +
  "Jahsean Jahshua Jahsiah Jahsir Jahson Jahvier Jahvion Jahvon Jahwan Jahwel Jahwen Jahyan " +
  "Jahyann Jahyden Jahylan Jahyron Jahys Jahzair Jahzeel Jahzel Jahziah Jahziel Jahzier " +
  "Jahzion Jahzir Jai Jaice Jaicob Jaidan Jaideep Jaidel Jaiden Jaidev Jaidin Jaidn Jaidon " +
  "Jaiel Jaikob Jailan Jailen Jailon Jailson Jaimar Jaimarion Jaimen Jaimere Jaimeson Jaimin " +
  "Jaimir Jaimon Jaimyn Jaion Jaiquan Jair Jaire Jairen Jairius Jairo Jairon Jairus Jais Jaise " +
  "Jaisean Jaisen Jaishaun Jaishawn Jaishon Jaison Jaivan Jaiveer Jaiven Jaiveon Jaivian " +
  "Jaivien Jaivin Jaivion Jaivon Jaivyn Jaiyden Jaiyon Jaizon Jajuan Jakaden Jakai Jakaiden " +
  "Jakale Jakalen Jakar Jakaree Jakari Jakarie Jakarion Jakarri Jakavion Jakavious Jakayden " +
  "Jakaylen Jakeb Jakeem Jakeim Jakeith Jakel Jakell Jaken Jakendrick Jakeob Jakerion Jakevion " +
  "Jakevious Jakez Jakhai Jakhari Jakhi Jaki Jakim Jakin Jakk Jakobe Jakobee Jakobey Jakobi " +
  "Jakobie Jakoby Jakoda Jakolby Jakorey Jakori Jakorie Jakory Jakota Jaksen Jakson Jakwan " +
  "Jakwon Jaky Jakye Jakyi Jakylan Jakylin Jakylon Jakyren Jakyrin Jakyrion Jakyron Jal Jalal " +
  "Jalale Jalan Jalani Jaleal Jaleel Jalein Jalel Jalen Jalian Jaliel Jalien Jalijah Jalik " +
  "Jalil Jalile Jalill Jalin Jalique Jalis Jallal Jallel Jallen Jallil Jalon Jaloni Jalonte " +
  "Jalyl Jalys Jama Jamaad Jamaar Jamael Jamahl Jamahri Jamai Jamail Jamaine Jamair Jamale " +
  "Jamall Jamani Jamar Jamarco Jamarcus Jamare Jamaree Jamareon Jamari Jamarian Jamarie " +
  "Jamarien Jamarii Jamario Jamarion Jamarious Jamaris Jamarius Jamariyon Jamarkus Jamarlon " +
  "Jamarques Jamarquis Jamarr Jamarre Jamarri Jamarrion Jamarrius Jamason Jamaul Jamauri " +
  "Jamaurie Jamaurion Jamaury Jame Jameal Jamear Jameel Jameer Jameil Jameion Jameir Jamel " +
  "Jameldine Jamele Jamell Jamelle Jamen Jameon Jamere Jamerion Jamerius Jamerson Jamesanthony " +
  "Jamesdavid Jamesen Jamesley Jamesmichael Jamez Jamian Jamicah Jamice Jamichael Jamicheal " +
  "Jamiel Jamien Jamieon Jamier Jamiere Jamieson Jamiir Jamikal Jamin Jamion Jamir Jamire " +
  "Jamirion Jamis Jamisen Jammel Jammes Jamon Jamond Jamont Jamonta Jamontae Jamonte Jamori " +
  "Jamorian Jamorion Jamorris Jamus Jamyis Jamyl Jamyn Jamyre Jamyrion Jamyron Jamyson Janael " +
  "Janard Janari Janathan Jancarlo Jancarlos Jance Jandel Jandell Jandiel Jandre Janiel Janin " +
  "Janko Jannic Jannis Jannot Jano Janoah Janorris Janosch Jansel Jansen Janson Janssen " +
  "Janthony Jantzen Januel Janus Janusz Janvier Janziel Jao Jaoid Jaoide Jaoua Jaouad Jaouade " +
  "Jaoued Jaouen Jaouhar Japhet Japheth Japhy Jaqua Jaquai Jaqualin Jaqualyn Jaquan Jaquann " +
  "Jaquari Jaquarious Jaquarius Jaquaveon Jaquavian Jaquavion Jaquavious Jaquavis Jaquavius " +
  "Jaquawn Jaquay Jaquaylon Jaque Jaquel Jaquell Jaques Jaquez Jaqui Jaquil Jaquin Jaquis " +
  "Jaquise Jaquon Jaquori Jaquy Jaqwan Jaqwon Jaramiah Jaran Jaray Jardel Jarden Jardon Jaree " +
  "Jareem Jarek Jarel Jarell Jarelle Jarem Jaren Jaret Jareth Jarett Jari Jarian Jarick Jariel " +
  "Jariell Jarif Jarin Jarion Jarious Jaris Jarius Jarno Jaro Jarode Jarol Jarold Jarom Jarome " +
  "Jaromil Jaromir Jaron Jaronn Jaroslaw Jarquavious Jarquez Jarrel Jarrell Jarren Jarrick " +
  "Jarrin Jarron Jarryd Jarryn Jarvin Jarvion Jaryd Jaryn Jas Jasaan Jasahn Jasai Jasaiah " +
  "Jasan Jasaun Jasavion Jasdeep Jasean Jaseer Jasem Jash Jashad Jashan Jashandeep Jashaun " +
  "Jashawn Jasher Jashon Jashua Jashun Jasiah Jasias Jasiel Jasier Jasim Jasin Jasir Jasire " +
  "Jasiri Jaskaran Jaskirat Jasmir Jaspar Jasraj Jassem Jasser Jassiah Jassiel Jassim Jassime " +
  "Jassir Jasson Jassym Jasten Jastin Jaston Jaswinder Jasyah Jasyn Jatari Jatarius Jatavian " +
  "Jatavion Jatavious Jatavis Jatavius Jaterrion Jaterrius Jathan Jathaniel Jathen Jathniel " +
  "Jatin Jatniel Jaton Jatori Jatorian Jaudiel Jauffray Jauffret Jauffrey Jaufre Jaufret " +
  "Jaufrey Jaume Jaurel Jaures Jauris Javahn Javani Javant Javante Javar Javaree Javares " +
  "Javari Javarian Javarie Javarion Javarious Javaris Javarius Javarous Javarri Javarris " +
  "Javarus Javaughn Javaun Javean Javed Javein Javeion Javel Javell Javen Javeon Javery Javi " +
  "Javian Javid Javiel Javien Javiere Javin Javion Javione Javionne Javious Javis Javius " +
  "Javiyon Javon Javone Javoni Javonie Javonn Javonne Javonni Javonta Javontae Javontay " +
  "Javonte Javori Javoris Javyn Javyon Jawad Jawade Jawaun Jawdan Jawel Jawen Jawhar Jawon " +
  "Jawuan Jawwad Jax Jaxan Jaxen Jaxiel Jaxin Jaxon Jaxsen Jaxsin Jaxson Jaxston Jaxsyn Jaxten " +
  "Jaxtin Jaxton Jaxtyn Jaxx Jaxxon Jaxyn Jayan Jayant Jayanth Jayanthony Jayc Jaycek Jaycen " +
  "Jayceon Jaycion Jaycob Jaycub Jaydan Jaydden Jaydenjames Jaydenn Jaydian Jaydien Jaydin " +
  "Jaydis Jaydn Jaydon Jaydrian Jaydrien Jaydun Jaydyn Jayeden Jayel Jayen Jayhan Jayin Jayion " +
  "Jayjay Jayke Jaykob Jaykub Jaykwon Jaylan Jayland Jaylann Jaylen Jayleon Jaylin Jayln " +
  "Jaylon Jaylun Jaymar Jaymari Jaymarion Jaymason Jaymen Jaymere Jaymes Jaymeson Jaymian " +
  "Jaymien Jaymier Jaymin Jaymir Jaymison Jaymon Jaymond Jaymz Jayon Jayquan Jayr Jayren Jayro " +
  "Jayron Jaysaun Jayse Jaysean Jaysen Jayshaun Jayshawn Jayshon Jaysiah Jaysin Jaysson " +
  "Jaystin Jayston Jaysun Jayten Jaythan Jaythen Jaython Jaytin Jayton Jayvan Jayvaughn " +
  "Jayvaun Jayveion Jayven Jayveon Jayvian Jayvien Jayvier Jayvin Jayvion Jayvis Jayvon " +
  "Jayvonn Jayvonne Jayvyn Jaywen Jayzen Jayzion Jayzon Jaz Jazai Jazaih Jazarian Jazarion " +
  "Jazen Jazer Jaziel Jazier Jazil Jazion Jazir Jazon Jazper Jazziel Jdan Jden Jdon Jdyn " +
  "Jeacques Jeames Jeams Jeancarlo Jeancarlos Jeanclaude Jeanluc Jeanmarc Jeannin Jeannot " +
  "Jeanot Jeanpaul Jeanpierre Jeanty Jeason Jeb Jebediah Jebrane Jebril Jebron Jecaryous " +
  "Jecori Jedadiah Jedaiah Jeden Jedi Jediah Jedidja Jedrek Jedrick Jeet Jeeva Jeevan Jef " +
  "Jeferson Jeffray Jefrey Jefri Jefrin Jefry Jefte Jehann Jehiel Jeiden Jeip Jeison Jejuan " +
  "Jekai Jekhi Jelani Jelany Jelis Jelloul Jemael Jemal Jemar Jemarcus Jemari Jemario Jemarion " +
  "Jemauri Jemel Jemell Jemil Jems Jemuel Jemy Jenael Jenaro Jenathan Jenner Jennings Jenri " +
  "Jenrri Jenrry Jenry Jensen Jenson Jentezen Jentzen Jeoffray Jeoffrey Jeoffroy Jeorge " +
  "Jeovani Jeovanni Jeovanny Jeovany Jephte Jephthe Jequan Jeraldo Jerame Jeramia Jeramiah " +
  "Jeramiha Jeramy Jeramyah Jeran Jerard Jerardo Jeray Jered Jerek Jerel Jerell Jerelle " +
  "Jeremai Jeremaih Jeremey Jeremi Jeremia Jeremiaha Jeremiha Jeremiyah Jeremya Jeremyah Jeren " +
  "Jerett Jeriah Jeric Jericho Jerick Jerico Jerid Jeriel Jerik Jeriko Jerimah Jerimiah Jerimy " +
  "Jerimya Jerimyah Jerin Jermal Jerman Jermane Jermany Jermar Jermarcus Jermari Jermarion " +
  "Jermarius Jermel Jermell Jermere Jermey Jermiah Jermichael Jermon Jermond Jermonte Jermy " +
  "Jerod Jeroen Jerold Jeromiah Jeron Jerone Jeroni Jerran Jerrard Jerray Jerred Jerrel " +
  "Jerrell Jerren Jerrett Jerrian Jerrick Jerrid Jerrin Jerrion Jerrison Jerrod Jerron Jerryn " +
  "Jerson Jeru Jervin Jervon Jervonte Jery Jeryn Jesaiah Jesaias Jese Jesean Jeshaun Jeshawn " +
  "Jeshua Jeshurun Jesiah Jesiel Jesiyah Jesko Jeson Jesone Jesper Jessejames Jessem Jessen " +
  "Jessiah Jessim Jessime Jesson Jessone Jesstin Jessup Jessym Jestin Jeston Jesua Jesualdo " +
  "Jesusmanuel Jeter Jetli Jetmir Jetson Jett Jeury Jevan Jevante Jevaughn Jeven Jeveon Jevin " +
  "Jevon Jevonte Jevyn Jewelian Jeydan Jeyden Jeylan Jeyren Jeyson Jezekael Jezer Jeziah " +
  "Jeziel Jezrael Jezreel Jezy Jhace Jhaden Jhadiel Jhair Jhalil Jhamari Jhamir Jhan Jhasir " +
  "Jhavon Jhayden Jhet Jhett Jhoan Jhoel Jhomar Jhon Jhonas Jhonatan Jhonathan Jhonen Jhonny " +
  "Jhony Jhordan Jhordy Jhordyn Jhosmar Jhostin Jhovani Jhovanni Jhovanny Jhovany Jiahao " +
  "Jiajun Jiale Jiancarlo Jianfeng Jiani Jianjun Jianny Jianping Jianwei Jiany Jibrail Jibran " +
  "Jibrane Jibreel Jibriel Jibril Jibrile Jibryl Jihoon Jilali Jilan Jilani Jildaz Jiles " +
  "Jillali Jilyan Jimari Jimarion Jimel Jimes Jimin Jimmi Jimy Jino Jiovani Jiovanni Jiovanny " +
  "Jiovany Jiovonni Jiraiya Jiri Jiro Jishnu Jismy Jivan Jiwoo Jjesus Jkwon Jmar Jmarcus Jmari " +
  "Jmarion Jmauri Joab Joachin Joackim Joackym Joacquim Joad Joah Joahn Joakim Joakin Joakym " +
  "Joam Joandy Joanel Joanes Joangel Joanick Joanis Joanito Joannet Joanni Joannic Joannice " +
  "Joannin Joannis Joanthony Joaogabriel Joaopedro Joaovictor Joaquim Joas Joash Jobani " +
  "Jobanny Jobany Jobe Jobst Joceran Jocerand Jochen Jocsan Jodan Joden Jodokus Joeangel " +
  "Joeanthony Joeb Joed Joeffrey Joelson Joemar Joemy Joen Joeseph Joesiah Joevin Joevon " +
  "Joeziah Joffray Joffre Joffrey Joffroy Jofre Jofrey Joha Johad Johah Johakim Joham Johanan " +
  "Johandy Johanel Johanes Johanick Johanis Johannick Johansel Johanson Johao Johary Johathan " +
  "Johel Johen Johlan Johnanthony Johnas Johnatan Johnathen Johnathin Johnathyn Johnaton " +
  "Johnattan Johnavan Johnavon Johncarlo Johncarlos Johndavid Johnel Johnell Johnfrancis " +
  "Johnhenry Johnluke Johnmark Johnmichael Johnn Johnnathan Johnni Johnpatrick Johnpaul " +
  "Johnray Johnrobert Johns Johnson Johnston Johnta Johntae Johntavious Johnte Johnthan " +
  "Johnthomas Johsua Johvany Joinville Jokin Jolan Jolann Jolen Jolhan Jolhann Jolian Jolon " +
  "Jomal Jomar Jomari Jomarion Jometh Jonael Jonahs Jonai Jonan Jonanthony Jonass Jonasz " +
  "Jonatan Jonathane Jonathann Jonathen Jonathyn Jonavan Jonaven Jonavin Jonavon Jonay " +
  "Joncarlo Joncarlos Jondavid Jonel Jones Jonhatan Jonhy Joniel Jonlucas Jonmarc Jonmichael " +
  "Jonnathan Jonnhy Jonothan Jonovan Jonpaul Jontae Jontavious Jontavis Jontavius Jontay Jonte " +
  "Jontez Jonthan Jontrell Jonuel Jonus Jony Joon Jophy Joram Joran Jorann Jord Jordani " +
  "Jordanny Jordany Jordell Jorden Jordhan Jordie Jordy Jorel Jorell Joren Jorg Jorgedavid " +
  "Jorgeluis Jorgen Jorhan Jorian Joric Jorice Jorick Joriel Jorik Joris Jorisse Joritz Jorje " +
  "Jorlan Jorma Jorrin Jorris Jorryn Jorrys Joryan Joryce Jorys Jos Josafat Josai Josaiah " +
  "Josaphat Joschka Joschua Josealberto Josealfredo Josean Joseandres Joseangel Joseantonio " +
  "Josearmando Joseba Josecarlos Josedaniel Josede Josedejesus Joseff Joseguadalupe Joseiah " +
  "Josejuan Josejulian Josel Joselito Joseluis Josemanuel Josemaria Josemiguel Josep Josephat " +
  "Josephin Josephmichael Josephus Joset Joseth Josgar Joshau Joshaun Joshawn Joshiah Joshuan " +
  "Joshue Joshuwa Joshwa Josiaha Josiahs Josian Josic Josick Josiel Josiha Josimar Josip " +
  "Josiya Josiyah Joslain Josman Josmar Jospeh Josquin Josse Josserand Jossiah Jossiel Jossua " +
  "Jossuah Jossue Jost Josten Jostin Josu Josuah Josuan Josuel Josuha Josuhe Josyah Josyan " +
  "Jotham Jouan Joubert Joulian Jouliann Joulyan Jounaid Jounaidi Jounayd Jouneid Jouneyd " +
  "Jourden Jousha Jovahn Jovan Jovane Jovani Jovanie Jovann Jovanni Jovannie Jovanny Jovante " +
  "Jovany Jovaughn Jovaun Joven Jovica Jovin Jovino Jovon Jovonne Jovonni Jovonte Jowan Jowel " +
  "Jowell Joze Joziah Joziyah Jozsef Jozua Jquan Jrake Jream Jsean Jshaun Jshawn Jshon Jsiah " +
  "Json Juanangel Juanantonio Juancarlos Juandavid Juandedios Juandiego Juanito Juanjesus " +
  "Juanjo Juanjose Juanluis Juanmanuel Juanmiguel Juanpablo Juaquin Juba Jubal Juddson Judes " +
  "Judex Judiah Judickael Judikael Judson Judycael Juel Juell Juelz Juelze Jugurta Jugurtha " +
  "Juilo Jujuan Julan Julaybib Juleon Julez Juliam Juliano Julias Julicien Juliocesar Julion " +
  "Julious Juliun Jullian Jullien Jullyan Julo Julot Juluan Julyan Julyann Julyano Julyen " +
  "Julyo Jumarion Junah Junaid Junayd Juneyd Junhao Juniel Junien Juninho Junius Junjie Junot " +
  "Juny Jupiter Jupp Jurek Jurem Jurgen Jurgi Juriel Jurien Jurij Juris Jusiah Justan " +
  "Justiniano Justinien Justo Juston Justyn Jusuf Juvenal Juvens Juventino Juwan Juwon Jveon " +
  "Jvion Jvon Jyair Jyaire Jyden Jye Jyles Jym Jymere Jymir Jymmy Jyquan Jyran Jyren Jyrin " +
  "Jyron Jysiah Jyson Kaamil Kaan Kabeer Kabil Kabilan Kabir Kabren Kace Kacem Kacen Kacim " +
  "Kadafi Kadan Kadar Kadarious Kadarius Kadarrius Kadda Kadden Kadder Kaddour Kade Kadean " +
  "Kadeem Kadein Kadem Kaden Kadeyn Kadialy Kadien Kadim Kadin Kadir Kadon Kadour Kadri " +
  "Kadrian Kadyn Kaed Kaedan Kaeden Kaedin Kaedon Kaedyn Kaegan Kaegen Kael Kaelan Kaeleb " +
  "Kaelem Kaelen Kaelib Kaelob Kaelon Kaemon Kaenan Kaeo Kaesen Kaeson Kaesyn Kaevion Kaevon " +
  "Kafil Kagan Kage Kagen Kahan Kahari Kaheem Kaheim Kahel Kahiau Kahil Kahill Kahim Kahin " +
  "Kahis Kahle Kahleb Kahleel Kahlel Kahmani Kahmari Kahne Kahoni Kahraman Kahron Kahseem " +
  "Kahyl Kahys Kahyss Kaid Kaidan Kaiden Kaidin Kaidon Kaidyn Kaiea Kaien Kaiet Kaige Kaigen " +
  "Kaiis Kaikoa Kailash Kaileb Kailen Kaileo Kailer Kailon Kailub Kaim Kaimana Kaimen Kaimi " +
  "Kaimipono Kainalu Kainan Kainen Kainoa Kainy Kaio Kaipo Kaire Kairee Kairen Kairo Kairon " +
  "Kairos Kais Kaisei Kaisen Kaishawn Kaison Kaiss Kaisse Kaito Kaius Kaiven Kaivon Kaiyan " +
  "Kaiyden Kaiyen Kaiyon Kaiyu Kaizen Kaizer Kaj Kajan Kajetan Kajon Kajuan Kal Kalab Kalahan " +
  "Kalai Kalan Kalden Kaleab Kaled Kaleel Kaleem Kalel Kalem Kalen Kaleo Kaler Kaleth Kalev " +
  "Kalib Kalid Kalide Kalidou Kalieb Kalief Kaliel Kalifa Kalik Kalilou Kalim Kaliq Kalique " +
  "Kallen Kallin Kallon Kalman Kalob Kalon Kalou Kaloyan Kalu Kalub Kalum Kalven Kalvyn " +
  "Kalvynn Kalyan Kalyb Kalyl Kam Kamaal Kamaldine Kamale Kaman Kamardine Kamare Kamaree " +
  "Kamareon Kamari Kamarian Kamarii Kamario Kamarion Kamarius Kamarr Kamarri Kamarrion Kamau " +
  "Kamauri Kamaurion Kamaury Kamden Kamdin Kamdon Kameel Kamel Kameldine Kamele Kamen Kameran " +
  "Kameren Kamerin Kamerion Kamerone Kameronn Kamilo Kamis Kammel Kamon Kamorion Kamraan " +
  "Kamran Kamren Kamrin Kamron Kamrone Kamronn Kamuela Kamuran Kamyl Kan Kanaan Kanai Kanaloa " +
  "Kanan Kanav Kanden Kandioura Kandjoura Kandon Kanen Kaniel Kaniela Kanin Kanishk Kanjoura " +
  "Kannan Kannen Kannon Kanoa Kanon Kanta Kantara Kantin Kanut Kanye Kanyon Kao Kaos Kaou " +
  "Kaourantin Kaourou Kaoussou Kapena Kapil Kapilan Kapish Kapone Kapono Karam Karamba Karamo " +
  "Karamoko Karan Karanveer Karanvir Karar Karas Karch Karde Kardell Karder Kardin Karem " +
  "Kariel Karion Karish Karlheinz Karlo Karlos Karloz Karlton Karmell Karmello Karmelo Karmine " +
  "Karmyne Karnell Karo Karriem Karron Karsen Karsin Karson Karsten Karston Karter Kartez " +
  "Karthik Karthikeya Kartik Karver Karym Kasai Kasch Kase Kasean Kaseem Kasem Kasen Kaser " +
  "Kash Kashaun Kashawn Kashe Kashif Kashius Kashmere Kashton Kashun Kashus Kashyap Kasim " +
  "Kasimir Kasin Kasir Kason Kasra Kassa Kassam Kassem Kassen Kassian Kassim Kassime Kassius " +
  "Kasson Kassoum Kassym Kasten Kaston Kasyn Kathan Kathen Katib Kato Katrell Kaua Kauan " +
  "Kaushal Kaushik Kavan Kavari Kavaughn Kaveh Kaveion Kavell Kaven Kaveon Kavi Kavian Kavin " +
  "Kavion Kavish Kavishan Kavon Kavone Kavontae Kavonte Kawai Kawan Kawika Kawliga Kawon Kayam " +
  "Kayan Kaycen Kayd Kaydan Kayde Kayden Kaydenn Kaydin Kaydn Kaydon Kaydyn Kayel Kayen Kayhan " +
  "Kayim Kayin Kayis Kayl Kayleb Kaylian Kaylib Kaylo Kaylob Kaylon Kaylub Kaylup Kaym Kayman " +
  "Kaymen Kaymon Kayn Kaynan Kaynen Kayon Kayoum Kayoume Kayran Kayron Kayrone Kayronn Kays " +
  "Kaysan Kaysen Kayser Kayshaun Kayshawn Kayson Kayss Kayssan Kayssane Kaysse Kaysson Kayvan " +
  "Kayven Kayvion Kayvon Kaywan Kayzon Kaz Kazan Kazden Kazem Kazen Kazi Kazim Kazimierz " +
  "Kazimir Kazmir Kazu Kazuki Kazuo Kden Kdyn Keaden Keagan Keagen Keaghan Keagin Keagon Keahi " +
  "Keaka Kealan Kealen Keanan Keandre Keanen Keann Keano Keantae Keante Keanthony Keanu Keany " +
  "Keaston Keatan Keaten Keathan Keatin Keaton Keaun Keaundre Keaven Keavion Keavon Keawe Keba " +
  "Kebin Kebir Kebron Kedan Kedar Kedarius Keddy Keden Kedran Kedric Kedrick Kedus Kedwin Kedy " +
  "Keean Keegan Keegen Keeghan Keegun Keelan Keelen Keelian Keelon Keelyan Keenen Keensley " +
  "Keeran Kees Keeshawn Keeton Keevan Keeven Keevin Keevon Keeyan Keeyon Kegan Kehan Kehann " +
  "Kehinde Kei Keian Keiandre Keidan Keiden Keidrick Keifer Keigan Keigen Keighan Keiji " +
  "Keijuan Keil Keilan Keiland Keilen Keilon Keilyan Keimar Keimarion Keimon Keimoni Kein " +
  "Keinan Keino Keion Keiondre Keiran Keiren Keiron Keis Keisean Keishaun Keishawn Keishon " +
  "Keison Keitaro Keithan Keithen Keiton Keivan Keivon Keiyon Keizo Kejuan Kekai Kekoa Kel " +
  "Kelan Keland Kelane Kelann Keldan Kelden Keldon Keldrick Kelechi Kelechukwu Kelen Kelenn " +
  "Kelhyan Keliam Kelian Keliann Kelifa Kelii Kelijah Kelil Kelim Kelin Kelio Kell Kellan " +
  "Kellar Keller Kellian Kellin Kellon Kellyan Kelman Keloan Kelon Kelsen Kelso Kelson Keltan " +
  "Kelten Keltin Kelton Keltyn Kelven Kelvion Kelvon Kelvyn Kelvynn Kelyam Kelyan Kelyann " +
  "Kelym Kelynn Kelyo Kemael Kemaj Kemal Kemar Kemare Kemari Kemarion Kemarrion Kemauri " +
  "Kemaurion Kemaury Kemel Kemen Kemil Kemis Kemo Kemoko Kemon Kemontae Kemontay Kemonte " +
  "Kemper Kempton Kemuel Kemyl Kemys Kenael Kenai Kenan Kenane Kenann Kenard Kenay Kenaz " +
  "Kendale Kendan Kendarion Kendarious Kendarius Kendarrius Kendel Kenden Kender Kenderick " +
  "Kendji Kendjy Kendle Kendon Kendred Kendrell Kendric Kendrik Kendrix Kendry Kendryck Kendyn " +
  "Kenechukwu Kener Keneth Keng Kengi Kengy Keni Keniel Kenith Kenjee Kennard Kenndrick Kennen " +
  "Kenner Kennet Kenney Kennis Kennison Kennon Kenoa Kenric Kenrick Kenry Kenshin Kenson " +
  "Kenston Kenta Kentaro Kentavion Kentavious Kentavis Kentavius Kentin Kento Kentrail " +
  "Kentravion Kentravious Kentrel Kentrell Kentrevious Kenty Kentyn Keny Kenyen Kenyun Kenz " +
  "Kenzio Kenzo Kenzyo Keoki Keola Keoma Keon Keondray Keondre Keone Keoni Keonta Keontae " +
  "Keontay Keonte Keontre Keony Kepa Kephren Kepler Keran Kerann Kerem Kerfala Kerian Keric " +
  "Kerim Kerman Kerolos Keron Kerrian Kerrick Kerron Kerryan Kersley Kerson Kerst Kertis " +
  "Kertys Kervan Kervens Kervin Kerwan Kerwann Kery Keryan Keryann Keryl Kesan Kesaun Kesean " +
  "Keshan Keshaun Keshav Keshawn Keshon Keshun Kesler Keson Kessim Kessler Kessym Kester " +
  "Keston Ketan Kethan Keurtis Keurtys Kevann Kevaughn Kevaun Keveen Kevens Keveon Keving " +
  "Kevinn Kevins Kevion Kevonta Kevontae Kevontay Kevonte Kevork Kevy Kevyon Kewan Kewane " +
  "Kewann Kewen Kewenn Kewin Kewon Keyaan Keyan Keyandre Keyane Keyann Keyante Keyaun Keydan " +
  "Keyden Keydenn Keydon Keyen Keygan Keyhan Keyin Keyion Keylan Keylane Keylann Keylhan " +
  "Keylian Keyliann Keylio Keyllan Keyllian Keylon Keylor Keymari Keymarion Keymon Keymonte " +
  "Keynan Keyne Keyo Keyon Keyondre Keyonne Keyontae Keyontay Keyonte Keyran Keyrane Keyrann " +
  "Keyrian Keyron Keyronn Keysan Keysean Keyshaun Keyshawn Keyshon Keyshun Keyson Keyssan " +
  "Keysson Keyston Keytan Keyton Keyun Keyvan Keyvann Keyven Keyvin Keyvion Keyvon Keywan " +
  "Keywann Keywon Kezian Kezio Khadar Khade Khaden Khader Khadim Khadir Khai Khaiden Khail " +
  "Khairi Khairy Khais Khalan Khale Khaleb Khalee Khaleed Khaleel Khaleem Khalel Khalen Khalib " +
  "Khalide Khalidou Khalief Khaliel Khalik Khalile Khalilou Khaliq Khalis Khaliss Khallil " +
  "Khalon Khalyl Khalys Khamani Khamar Khamari Khamarion Khamauri Khamel Khameron Khamis " +
  "Khamoni Khamren Khamzat Khane Khang Khani Khaos Khaoussou Kharan Khari Kharim Kharon Khary " +
  "Khasir Khassim Khatir Khattab Khawaja Khayam Khayden Khayree Khayri Khays Kheir Kheirdine " +
  "Kheireddine Kheiredine Kheiron Khelaf Khelian Khelifa Khelil Khelis Khellil Khelyan Khemais " +
  "Khemara Khemis Khemissi Khemisti Khemys Khenan Khenzo Kheo Khephren Kherdine Kheredine " +
  "Khevin Kheyron Khiem Khier Khim Khimani Khiree Khiry Khiyon Khizer Khlifa Khmari Khoa Khoen " +
  "Khoi Kholton Khoren Khris Khristian Khristopher Khriz Khrystian Khrystopher Khurram Khush " +
  "Khushal Khy Khyan Khye Khylan Khyle Khylen Khyler Khylian Khylil Khylon Khyree Khyren Khyri " +
  "Khyrin Kiai Kiam Kian Kiandre Kiante Kichenin Kidus Kie Kiefer Kiegan Kielan Kien Kier " +
  "Kierann Kierce Kiere Kieren Kierian Kierin Kiernan Kieron Kierre Kieshawn Kiet Kieth Kijani " +
  "Kijon Kijuan Kilan Kilani Kilany Kilhyan Kiliam Kiliann Kilien Kilik Killan Killiam " +
  "Killiann Killien Killyan Killyane Killyann Kilyam Kilyan Kilyane Kilyann Kimar Kimarion " +
  "Kimeo Kimetz Kimo Kimon Kimoni Kinai Kinan Kinay Kincade Kinden Kinen Kingdavid Kingjames " +
  "Kingsten Kingstin Kingston Kinnick Kinser Kinson Kinston Kion Kionte Kiowa Kirane Kirby " +
  "Kiree Kireg Kiren Kirian Kirin Kirkland Kiron Kirt Kirtan Kirubel Kiryan Kiryann Kishan " +
  "Kishawn Kishon Kislon Kissima Kito Kivanc Kivin Kiwan Kiyam Kiyan Kiyann Kiyen Kiyon " +
  "Kiyoshi Kizer Kjuan Klaidi Klajdi Klark Klaudio Klay Klayten Klayton Kleber Klebert Kleden " +
  "Kledi Kledy Kleidi Klein Klejdi Klever Klevi Klevis Kleyton Klifa Klint Klivio Klodwig " +
  "Klyde Kmari Kmarion Knoah Knud Knute Koa Koah Koal Kobe Kobee Koben Kobey Kobi Kobie Kobin " +
  "Koby Kobyn Koceila Koda Kodah Kode Koden Kodey Kodiak Kodjo Kody Koehn Koen Koffi Kofi Koh " +
  "Kohan Kohei Kohen Kohle Kohler Kohlton Kohner Kohyn Koi Koji Kojo Koki Kokou Kol Kolbe " +
  "Kolben Kolbey Kolbin Kolby Kolden Koldo Koldobika Kole Koleman Koleson Koleton Kolia Kolin " +
  "Kolja Kollen Kollin Kollyn Kolsen Kolson Kolt Koltan Kolten Kolter Koltin Kolton Koltyn " +
  "Koly Kolya Kolyn Komari Konan Kong Kongmeng Kongpheng Konnar Konner Konnor Konogan Konor " +
  "Konstandinos Konstantinos Kooper Koran Korantin Koray Korban Korben Korbin Korbyn Kord " +
  "Kordae Kordai Korday Korde Kordel Kordell Korentin Koreyon Korion Kornel Kornelius Kornell " +
  "Koron Kortez Kortland Korver Korvin Kosei Kosisochukwu Kosma Kossay Kossi Kosta Kostas " +
  "Kostia Koston Kosuke Kota Kotaro Kou Kouadio Kouakou Kouame Kouassi Kouider Kouper Kouros " +
  "Kourosh Koussai Koussay Koven Kovi Kowen Koy Kraig Krasimir Kratos Kraven Krayton Kreszenz " +
  "Krew Krikor Krim Krimo Krish Krishan Krishawn Krishay Krishiv Krishn Krishon Krisley Krisna " +
  "Kristhian Kristijan Kristion Kristjan Kristof Kristoff Kriston Kristophe Krisztian Krithik " +
  "Kriz Kron Kross Krrish Kru Krue Kruse Krush Kruz Kruze Krys Kryss Krystian Krystofer " +
  "Krystopher Kryton Ksawery Kshaun Kshawn Kuba Kubilay Kudret Kuider Kullen Kumar Kunal " +
  "Kunibert Kuno Kunz Kuper Kuron Kursad Kursat Kursley Kurtiss Kurtys Kush Kushal Kutay " +
  "Kutter Kuzey Kvaughn Kveon Kvon Kwabena Kwadwo Kwaku Kwali Kwamaine Kwame Kwan Kwasi Kweku " +
  "Kweli Kwesi Kyair Kyaire Kyale Kyam Kyan Kyandre Kyce Kycen Kyden Kydon Kye Kyeir Kyel Kyen " +
  "Kyeran Kyhan Kyheim Kyion Kyjuan Kylan Kyland Kylane Kylann Kylar Kyler Kylhian Kyliam " +
  "Kylian Kyliann Kyliano Kyllan Kylliam Kyllian Kylliann Kyllyan Kylon Kylor Kylson Kylyan " +
  "Kylyann Kymani Kymany Kymari Kymarion Kymarley Kymere Kymir Kymon Kymoni Kynai Kynan Kynane " +
  "Kynann Kyng Kyngston Kyo Kyon Kyran Kyrann Kyre Kyree Kyrel Kyrell Kyren Kyrese Kyrian " +
  "Kyriann Kyril Kyrill Kyrillos Kyrin Kyrio Kyrollos Kyron Kyros Kyrus Kysan Kyse Kysean " +
  "Kysen Kyser Kyshaun Kyshawn Kyshon Kysir Kyslon Kyson Kyston Kyu Kyvan Kyvon Kyzer Laakea " +
  "Laaziz Laban Labib Labrandon Labrian Labron Labryan Lacen Lacene Lachemi Lachlan Lachmi " +
  "Lacina Lacine Ladainian Ladale Ladamian Ladamien Ladamion Ladanian Ladarian Ladarion " +
  "Ladarious Ladarius Ladarren Ladarrian Ladarrion Ladarrius Ladavion Ladd Ladell Laderion " +
  "Laderrick Laderrion Laderrius Ladewig Ladi Ladislao Ladislaus Ladislaw Ladji Ladjy Ladon " +
  "Laelien Laerte Laeton Lafayette Lago Lahbib Lahcen Lahcene Lahkdar Lahlou Lahoiri Lahouari " +
  "Lahoucine Lahoussine Lahsen Lahssen Lahyan Lahyann Laiden Laidi Laifa Laim Lain Laith " +
  "Laiton Lajuan Lakai Lakbir Lakdar Lakeith Lakel Lakendrick Lakhdar Lakhwinder Lakoda Laksh " +
  "Lakshan Lakshya Lalith Lamaj Lamarcus Lamareon Lamari Lamario Lamarion Lamarius Lamark " +
  "Lamarkus Lamarr Lamba Lamberto Lambertus Lambrecht Lamel Lamere Lamichael Lamin Lamine " +
  "Lamini Lamir Lamjed Lammert Lamon Lamondre Lamone Lamontae Lamonte Lamontez Lamri Lanard " +
  "Lancelin Lancine Landan Landen Lander Landin Landis Landyn Landynn Lanell Lang Langdon " +
  "Lange Lanig Lanorris Lansana Lantz Lanzo Laoiri Laoni Laouari Laouen Laouenan Laouni Laouny " +
  "Lapo Laquan Laquarius Laquavion Laquintin Laquinton Larbi Larell Larenz Larenzo Lario " +
  "Larnell Laro Laron Larone Laroussi Laroy Larrell Larri Larron Larsen Larson Lary Lasaad " +
  "Lasad Lasana Lasean Lashaun Lashon Lashun Laslo Lason Lassaad Lassad Lassana Lassane Lassen " +
  "Lassina Lassine Lastat Lataveon Latavion Latavious Latavius Lateef Laterrance Latham Lathan " +
  "Lathaniel Lathen Lathon Lathyn Latif Latrail Latravion Latravious Latrayvion Latrel Latrell " +
  "Latrelle Latron Latroy Latyr Laudelino Laugan Laughan Launy Laureano Laurencin Laurentin " +
  "Laurentino Laurentiu Laurenz Laurenzo Laurian Lauriano Lauric Laurick Laurids Laurik Lauro " +
  "Lautaro Lautfi Laux Laval Lavan Lavar Lavarious Lavaris Lavaughn Lavel Lavell Lavelle " +
  "Laventure Lavern Lavon Lavont Lavontae Lavonte Lawayne Lawrance Lawrens Lawsen Lawson " +
  "Layachi Layam Layann Layden Laydon Laye Layhan Layin Layke Layl Layon Layonn Layron Layronn " +
  "Layson Layten Layth Laythan Laythen Layvin Lazard Lazarion Lazarre Lazavion Lazer Lazhar " +
  "Lazhare Laziz Lazlo Lazreg Lazzaro Lealand Leam Leamon Leander Leandre Leandrew Leandros " +
  "Leandru Leandry Leanthony Leart Lebron Lebrun Ledarius Ledio Ledion Ledri Leeam Leeham " +
  "Leelan Leelen Leelyn Leeron Leeroy Leevan Leevay Leeven Leewan Leewen Leger Lehi Lehny Leho " +
  "Lehyan Leiam Leib Leiby Leilan Leiland Leis Leith Leito Lejuan Lekbir Lekendrick Lelan " +
  "Lelend Lelian Lelio Lelynd Lelyo Lemarcus Lemarion Lemi Lemy Lendon Leng Leniel Lenin Lenix " +
  "Lennert Lenni Lennin Lenno Lennon Lennox Lennyn Lennys Leno Lenox Lenyn Lenys Lenz Lenzio " +
  "Lenzo Leoanrdo Leobardo Leocade Leocadio Leodan Leodegario Leoluca Leomar Leoncio Leondre " +
  "Leonell Leonidis Leonidus Leonien Leonin Leonis Leonit Leonitus Leontae Leontel Leontin " +
  "Leonus Leonys Leopaul Leopol Leopoldo Leor Leosvel Leotis Leovardo Leovigildo Lequan Leron " +
  "Lerone Lery Les Lesean Leshaun Leshawn Lessandro Lessio Lestat Lesther Leszek Leto Letrell " +
  "Letterio Leul Levan Levani Levar Levaughn Levell Levelle Leven Levent Levine Levis " +
  "Leviticus Levontae Levyn Lewan Lewen Lewin Lewis Lewys Lexington Lexton Leyam Leyann Leyhan " +
  "Leylan Leyland Leyn Leyni Leyo Leyson Leyth Leyti Leyton Leyvin Lhabib Lhacen Lhacene " +
  "Lhachmi Lhadi Lheo Lhiam Lhoucine Lhoussain Lhoussaine Lhoussine Lhyam Liaam Liad Liamine " +
  "Liandro Liang Liano Lias Liazid Liban Libasse Liberato Libero Libert Liberto Liborio " +
  "Librado Licinio Licio Lidio Liebert Liece Liedson Liem Lienzo Lier Liess Liesse Lieven " +
  "Lievin Liham Liher Lihyam Liiam Lijah Lilan Liliam Liliano Lilien Lilio Lillo Lilouan Lilyo " +
  "Lincon Lindell Lindo Linford Linken Linkin Linkoln Linkon Linwood Linzo Lionardo Lionell " +
  "Lionnel Liony Lioris Liorys Liova Lipa Liran Liron Liroy Liroye Lisander Lisandro Lisandru " +
  "Lisardo Lisian Lisio Lissandro Liston Liton Liutpold Livai Livan Livann Livay Livio Liviu " +
  "Livyo Liwan Liyam Liyann Liyes Lizandro Lizer Liziano Lizio Ljubisa Lleyton Lliam Llibert " +
  "Lloris Llorys Lluc Lluis Llyam Loai Loay Loaye Lochlan Lochlann Locklan Loden Lodewijk " +
  "Lodois Loeiz Loen Loenan Loenn Loenzo Loevan Loevann Lofti Lofton Loganjames Logen Loggan " +
  "Loghan Loghann Logon Logun Logyn Loham Lohen Lohengrin Lohgan Lohic Loic Loick Loid Loig " +
  "Loik Loisl Loiz Loki Lokman Lokmane Lokmen Lolan Loman Lomig Lonan Lonell Longin Longinos " +
  "Lonis Lonnell Lonys Lonzell Lonzo Looka Lookas Loqman Loqmane Loqmen Lorcan Lorencio " +
  "Lorenco Lorenso Lorent Lorentin Lorentz Lorenz Lorenzzo Loriano Loric Lorick Lorik Loriss " +
  "Lorrain Lorrenzo Lorris Lorrys Loryc Loryck Loryk Lorys Losseni Losseny Lotar Lotfi Lotfy " +
  "Lothar Louai Louam Louardi Louarn Louay Louaye Loucas Loucca Loucenzo Loucian Louciann " +
  "Louciano Loucif Loucka Louckas Loucyan Loudji Loudwig Louei Louey Loueye Loui Louidji " +
  "Louidjy Louines Loukas Loukass Loukian Loukman Loukmane Loumeo Lounas Lounis Louniss Louny " +
  "Lounys Louqman Louqmane Lourenco Louri Loury Loutfi Louwan Louwen Louy Louys Lovan Lovann " +
  "Lovelle Lovensky Lovis Lowann Lowel Lowen Lowenn Lowens Lowik Loyan Loyann Loyc Loyd Lrey " +
  "Lroenzo Luar Luay Lubert Lubin Lucah Lucan Lucay Lucaz Lucca Luccas Lucciano Luccio Lucenzo " +
  "Lucet Luchenzo Luchiano Lucianno Lucide Lucienzo Lucilien Lucinio Lucious Lucjan Lucka " +
  "Luckas Lucke Lucman Luco Lucus Lucyan Ludan Luderce Luderic Luderick Ludewig Ludger Ludgi " +
  "Ludgy Ludji Ludjy Ludovick Ludovik Ludowic Ludric Ludrick Ludvic Ludvick Ludvik Ludwick " +
  "Ludwik Ludwin Ludwing Lugan Lughan Luguy Luhan Luidgi Luidgy Luidji Luidjy Luiggi Luiggy " +
  "Luigino Luigui Luiguy Luigy Luiji Luisalberto Luisangel Luisantonio Luisdavid Luiseduardo " +
  "Luisenrique Luisfelipe Luisfernando Luismanuel Luk Lukah Lukasz Lukaz Luken Lukes Lukian " +
  "Lukis Lukman Lukus Lunis Luo Lupicinio Lupo Luqmaan Luqman Luqmane Lusiano Lutfi Lutxo Lutz " +
  "Luvio Luys Lyaam Lyad Lyall Lyamin Lyamine Lyamm Lyan Lyandro Lyano Lyas Lyazid Lydell " +
  "Lyderic Lyderick Lydian Lyece Lyed Lyem Lyenzo Lyes Lyess Lyesse Lyfe Lyham Lyhan Lyhann " +
  "Lyiam Lylio Lyncoln Lynden Lynkin Lyno Lyon Lyonel Lyonnel Lyoris Lyrick Lyron Lyrone " +
  "Lyronn Lyroy Lysander Lysandro Lysian Lysio Lyssandro Lyubomir Lyvan Lyvann Lyven Lyvio " +
  "Lywan Lywann Lyzandro Lyzio Maadi Maalik Maamar Maan Maanas Maanav Maarten Maati Maaz " +
  "Mabrouck Mabrouk Macade Macai Macaiah Macalister Macallan Macallister Macario Macauley " +
  "Maccoy Macen Maceo Maceson Machai Machi Macia Macin Macinissa Mackay Mackenson Mackey " +
  "Macklin Macky Maclain Maclean Maclin Macon Macoy Macrae Macsen Mactar Madala Madane Madani " +
  "Madany Madassa Maddax Maddex Maddin Maddix Maddoc Maddock Maddon Maddox Maddoxx Maddux " +
  "Maddyx Madec Madeg Maden Madex Madgid Madhav Madhi Madhy Madian Madiane Madiba Madigata " +
  "Madih Madihawa Madil Madimaro Madin Madior Madiou Madis Madix Madji Madjid Madjide Madou " +
  "Madox Madrick Madsen Madyan Madyane Maedine Maeldan Maelian Maelic Maelick Maelik Maelio " +
  "Maelo Maeron Maes Maeson Maevan Mafoud Magamed Magd Magdaleno Magdi Magdiel Magdy Maged " +
  "Magellan Magid Magide Magin Magomed Maguire Mahad Mahadi Mahady Mahamad Mahamane Mahamat " +
  "Mahame Mahamed Mahamet Mahammed Mahamodou Mahamoud Mahamoudou Mahamud Mahari Mahdy " +
  "Maheddine Mahedine Mahefa Maheidine Mahendra Maher Mahery Mahey Mahfoud Mahiddine Mahidine " +
  "Mahieddine Mahiedine Mahil Mahin Mahir Mahit Mahjoub Mahkai Mahki Mahlik Mahlo Mahlon " +
  "Mahlone Mahmad Mahmadou Mahmed Mahmood Mahmoudou Mahmut Mahon Mahone Mahonri Mahony Mahran " +
  "Mahrane Mahrez Mahsum Mahsun Mahydine Mahyl Maichol Maick Maickel Maicky Maico Maicol " +
  "Maicon Maidine Maieul Maik Maikel Maiki Maikol Maiky Mailan Mailo Mainor Maiol Mairon " +
  "Mairone Maisen Maixent Majdi Majed Majid Majide Majoric Majoub Makaden Makael Makahi Makai " +
  "Makaih Makail Makaio Makale Makan Makana Makani Makar Makari Makarios Makaveli Makel Makell " +
  "Makenson Makha Makhai Makhan Makhari Makhi Makhlouf Makhtar Maki Makih Maklouf Makoa Makoto " +
  "Makram Makrem Maks Maksen Maksym Maksymilian Maky Makye Makyi Makyle Malacai Malacki " +
  "Malakai Malakei Malakhai Malakhi Malaki Malakia Malakie Malakii Malaky Malakye Malal " +
  "Malamine Malang Malcom Malcome Maleak Maleaume Malec Malechi Maleck Maleek Maleik Malekai " +
  "Malekhi Maleki Malho Malhon Malhone Malhonn Malic Malichai Malichi Malick Maliek Maliik " +
  "Malikah Malikai Malike Malikhi Maliki Malikiah Maliky Malikye Maliq Malique Malkiel Malko " +
  "Malkom Malle Mallone Maloan Maloh Malon Malonn Malony Malow Malown Malte Malvyn Malween " +
  "Malwen Malwin Malyck Malyk Malykai Malyki Mamadi Mamadouba Mamady Mamar Mamby Mamedi Mamedy " +
  "Mamerto Mammadou Mammar Mamode Mamoud Mamoudou Mamoun Mamoune Mamour Mamoutou Manaf Manahau " +
  "Manan Manao Manas Manase Manases Manasse Manasseh Manatea Manau Manav Mande Mandela Mandell " +
  "Mandiou Mandjou Mandresy Mandson Manec Manech Maneck Manef Manek Maneo Manes Manex Manfredi " +
  "Manfredo Manfried Manh Maniame Manik Manil Manis Manley Manlio Mannix Manoach Manoel Manoj " +
  "Manolin Manolis Manolito Manoubi Manouk Manraj Manrique Mansa Manson Mansoor Mansor Mansour " +
  "Manssour Mansur Mansuy Mantas Manu Manua Manuarii Manuelo Manutea Manveer Manvir Manyl " +
  "Manzo Manzon Maodan Maodez Maodo Maogan Maoh Maolan Maony Maor Maoris Maoro Maory Maoulida " +
  "Marat Marbin Marcanthony Marcantonio Marcas Marceau Marceliano Marcelin Marcelino Marcelis " +
  "Marcelles Marcelli Marcellin Marcellino Marcellis Marcellius Marcellous Marcellu Marcelly " +
  "Marcelus Marcely Marchello Marcial Marciano Marcien Marcio Marck Marcoantonio Marcques " +
  "Marcquis Marcu Marcuz Marde Mardemoutou Mardiros Mardoche Mardochee Marec Mareck Marek " +
  "Mareon Margarito Marianno Maric Marico Maricus Marijan Marimoutou Marinel Marinho Marinko " +
  "Marinus Marioni Mariot Mariusz Marjon Markale Markangelo Markanthony Markavion Markavious " +
  "Markavius Markcus Markee Markeem Markeese Markeis Markeise Markeith Markell Markelle Markes " +
  "Markese Markevion Markevious Markevius Markez Markham Markies Markiese Markis Markise " +
  "Marlan Marland Marlone Marlonn Marlown Marnell Maroan Maroin Maroine Maron Marouan Marouane " +
  "Marouen Marouene Marouf Marqez Marquail Marqual Marquan Marquavion Marquavious Marquavis " +
  "Marquavius Marquay Marquel Marquell Marquelle Marques Marquese Marquett Marquette Marquez " +
  "Marqueze Marquice Marquies Marquinn Marquiz Marquize Marquon Marqus Marrell Marrio Marrion " +
  "Marrius Marsault Marsean Marsel Marsell Marshaun Marshawn Marshon Marshun Marso Marston " +
  "Martavion Martavious Martavis Martavius Martel Martell Martese Martez Marteze Marthial " +
  "Marthy Martinez Martinho Martiniano Martinien Martinjr Martins Martise Martrell Martxel " +
  "Maruan Marveen Marvell Marvelle Marvens Marvine Marving Marvinn Marvins Marvion Marvon " +
  "Marvyn Marvyne Marvynn Marwan Marwane Marwann Marwen Marwene Marwyn Marx Maryjan Maryo " +
  "Maryus Maryvon Marzell Marzio Marzouk Masai Masaki Masao Masato Masen Masiah Masih Masin " +
  "Masinissa Masire Maslah Massai Massamba Massena Massi Massiah Massiga Massil Massila Massim " +
  "Massin Massine Massinisa Massinissa Massis Masson Massoud Massyl Massyle Mastan Masten " +
  "Masud Masyn Matahi Matan Matane Matar Matas Matayo Mateen Matei Mateis Matene Matenzo " +
  "Mateos Materne Mateu Mateus Mateusz Mathais Mathan Mathayus Mathei Matheis Mathenzo Matheo " +
  "Matheos Mathes Matheson Matheu Mathews Matheys Mathia Mathieux Mathiew Mathijs Mathilin " +
  "Mathiou Mathiss Mathisse Mathius Mathusan Mathushan Mathyas Mathyeu Mathyis Mathyss Matice " +
  "Maties Matieu Matija Matilin Matilio Matin Matine Matio Matis Matiss Matiu Matix Mats " +
  "Matson Mattan Mattei Matteis Matten Mattenzo Mattes Matteu Matteus Mattew Mattews Matthais " +
  "Matthan Matthaus Mattheo Matthes Matthewjames Matthewryan Matthews Matthieux Matthis " +
  "Matthyas Matthys Mattieu Mattiew Mattin Mattis Mattix Mattox Mattya Mattyas Mattys Maturin " +
  "Matvei Matvey Matylio Matys Matyss Matysse Matz Maudez Maugan Maui Maurad Maurade Mauri " +
  "Maurici Mauril Maurilio Maurin Maurio Maurion Maurisio Mauro Maurus Maveric Maverik Mavric " +
  "Mavrick Mavrik Mavryk Mawel Mawen Maxamilian Maxamillion Maxamus Maxan Maxandre Maxans " +
  "Maxel Maxemiliano Maxen Maxendre Maxens Maxent Maxfield Maximiano Maximien Maximillian " +
  "Maximilliano Maximillien Maximillion Maximino Maximos Maximus Maxmilian Maxmillian " +
  "Maxmillion Maxo Maxon Maxsim Maxson Maxten Maxton Maxum Maxwel Maxx Maxximus Maxxwell Maxym " +
  "Maxyme Maxymilian Mayank Mayas Mayass Mayco Maycol Maydin Maydine Mayedine Mayel Mayeron " +
  "Mayes Mayess Mayeul Mayke Maykel Mayki Maylo Maylon Maylone Maylonn Maynor Mayol Mayrick " +
  "Mayron Mayrone Mayronn Mayronne Mayson Maysson Mayur Mayuran Mayven Mayvin Mazen Mazhar " +
  "Mazigh Mazin Mazine Mazir Mazlum Mbacke Mbarek Mbark Mbaye Mbemba Mcalister Mcallister " +
  "Mccade Mccain Mccarty Mcclain Mcclellan Mccoy Mcgregor Mcguire Mckade Mckale Mckay Mckennan " +
  "Mckennon Mckeon Mckinnon Mckoy Mckyle Mclain Mclane Mclean Mcrae Mebarek Mebrouk Mechel " +
  "Meddhi Meddhy Meddi Mederick Mederik Medhansh Medhi Medhy Medi Medin Medji Medjid Medoune " +
  "Medric Medrick Medy Medyne Meen Meer Meftah Mehamed Mehana Mehand Mehddi Mehddy Mehdine " +
  "Mehdy Mehedi Mehidi Mehidine Mehkai Mehki Mehmed Mehmetali Mehmetcan Mehmethan Mehran " +
  "Mehrez Mehul Meidhi Meidhy Meidi Meidy Meihdi Meikhi Meiko Meilech Meinhard Meino Meinolf " +
  "Meinrad Mejd Mejdi Mejid Mekael Mekai Mekel Mekhai Mekhi Meki Mekiah Mekki Mekky Melachi " +
  "Melan Melbin Melchior Melchizedek Melchor Meldine Meldrick Melecio Meliani Melick Melih " +
  "Melik Melio Meliton Melk Melki Melkior Mellon Meloud Melquiades Melquisedec Melric Melrick " +
  "Melson Melveen Melvil Melville Melvinn Melvy Melvyne Melvynn Melwan Melwann Melwen Melwin " +
  "Melyan Memet Memphis Memphys Menachem Menad Menahem Menashe Menderes Mendes Mendhi Mendhy " +
  "Mendrick Menelick Menelik Meng Mennad Menno Menouar Menouer Menphis Menphys Mensah Mensour " +
  "Menzo Meo Merced Merdi Merek Mergim Meriadec Meriadeg Meric Merick Merih Merik Merlin " +
  "Meroine Merouan Merouane Merri Merric Merrik Merril Mert Mervan Merveil Merwan Merwane " +
  "Merwann Merwen Merzak Merzouk Meschac Meshach Mesiah Messali Messan Messaoud Messi Messiah " +
  "Messon Messone Mestafa Mestapha Mesud Mesut Metehan Metin Meven Mevin Mevlut Mevrick Mewan " +
  "Meyan Meydi Meydine Meylan Meylann Meyron Meyronn Meyson Meyssan Meysson Meyven Meyyan " +
  "Mezian Meziane Mezyan Mezyane Mezziane Mhamed Mhammed Mhedi Mhedy Mheidi Mher Miaro Micael " +
  "Micahel Micai Micaiah Mical Michaelangelo Michaelanthony Michaeljames Michaell Michaelryan " +
  "Michah Michai Michee Michelangelo Michelet Michelin Michiah Michoel Miciah Micipsa Micka " +
  "Mickael Mickail Micke Mickel Mico Midian Miecislas Miecislaw Miecryslaw Miecyslaw " +
  "Mieczeslaw Mieczislaw Mieczyslas Mieczyslaw Mieszko Miftahou Migael Migel Miguelangel " +
  "Miguelito Migwel Mihail Mihailo Mihaita Mihajlo Mihir Mihoub Mihran Mikah Mikahil Mikai " +
  "Mikail Mikal Mikale Mikayil Mikeal Mikell Miken Mikhael Mikhai Mikhi Mikias Mikie Mikis " +
  "Mikiyas Mikko Miklo Miklos Miko Miky Mikye Mikyle Milad Milam Milann Miled Milen Milenko " +
  "Milenzo Milez Milhan Milhane Milhann Milian Miliann Miliano Miliau Milig Milind Milio " +
  "Miljan Milko Millan Millian Millo Miloh Milorad Milosz Miloud Miloude Miloudi Milovan Milow " +
  "Miltiade Milyan Milyann Milyano Mimon Mimoun Mimoune Minas Mingo Minkes Mino Miodrag Miquan " +
  "Miqueas Miquel Mirabeau Mirac Miradji Mirando Miraz Mircea Mirco Mirhan Mirhat Mirjan " +
  "Mirkan Mirko Miro Miron Miroslav Miroslaw Mirsad Mirtho Mirza Misael Misel Mishael Mishawn " +
  "Missael Missak Missipsa Missoum Mister Mithat Mitko Miyaz Mizael Mizraim Mladen Moaad Moaaz " +
  "Moad Moadh Moataz Moatez Moayad Moayed Moaz Mobark Mobeen Moche Mocktar Moctar Modesto Modi " +
  "Modou Mody Moemen Moez Mogan Moha Mohab Mohad Mohamadi Mohamadou Mohamedali Mohamedamin " +
  "Mohamedi Mohamet Mohammadi Mohammedali Mohammet Mohamud Mohan Mohanad Mohand Mohaned Mohann " +
  "Mohannad Mohcen Mohcene Mohcine Mohib Mohid Mohieddine Mohit Mohmed Mohrad Mohsen Mohsin " +
  "Mohsine Mohssen Mohssin Mohssine Moiz Mokhtar Mokrane Moksh Moktar Mokthar Moleon Moliere " +
  "Molla Momar Momed Momen Momin Momo Momodou Monaim Moncef Moncif Monder Mondher Mondir Mongi " +
  "Monib Monico Monir Monire Monji Monsef Monsif Monsour Monssef Monta Montacer Montae " +
  "Montasar Montassar Montasser Montavion Montavious Montavis Montavius Montay Montel Montell " +
  "Monterio Monterius Montez Montfort Montoya Montrae Montrail Montravious Montre Montreal " +
  "Montrel Montrell Montrelle Montrey Montrez Montrice Monzon Moosa Mor Morad Morade Moran " +
  "Morand Mordchai Mordche Mordechai Mordehai Mordekhai Moreno Morgad Morhad Mori Moriba " +
  "Morice Moris Moriz Morlaye Moro Moroni Morrison Morrissey Mortada Morvan Morwan Mory Mosaab " +
  "Mosbah Mosheh Mosiah Mossa Mossaab Mosses Mossimo Mostafa Mostapha Mostefa Mostepha Motaz " +
  "Moua Mouaad Mouad Mouade Mouadh Mouayad Mouayed Mouaz Moubarak Moubine Mouctar Moudjahid " +
  "Moudjib Moudjibou Mouez Moufdi Moufid Mouhad Mouhamad Mouhamadi Mouhamadou Mouhamadoul " +
  "Mouhamed Mouhamet Mouhammad Mouhammadou Mouhammed Mouhand Mouhcine Mouheb Mouhib Mouhoub " +
  "Mouhsin Mouhsine Mouhssin Mouhssine Mouiz Moujib Moukhammad Moukhtar Moukim Mouktar Moulay " +
  "Moulaye Mouldi Mouley Mouloud Moumadjad Moumen Moumine Mounaim Mouncef Moundhir Moundir " +
  "Moundy Mouner Mouniapin Mounib Mounim Mounir Mounire Mounirou Mounji Mounoussamy Mounsef " +
  "Mounsif Mountaga Mountassir Mourad Mourade Mourrad Mourtaza Mousa Mouslim Mouslime Moussaab " +
  "Moussab Moustafa Moustakim Moustapha Moustoifa Moutoussamy Moyses Mozart Mpaly Muaad Muaaz " +
  "Muad Muadh Muammer Muath Muaz Mubarak Mucahid Mucahit Mudassar Muhamad Muhamadou Muhamet " +
  "Muhammer Muhammet Muhannad Muharem Muharrem Muhib Muhittin Muhsin Mujtaba Mukhtar Mukul " +
  "Mukund Muller Mumin Muneeb Muneer Munir Murat Murilo Mursel Murtaza Musa Musab Muslum Mussa " +
  "Mustaf Mutaz Mutlu Muzaffer Muzamil Muzammil Mycal Mychael Myckael Myers Myguel Mykael " +
  "Mykai Mykail Mykal Mykale Myke Mykel Mykell Mykhael Mykhail Mykhailo Mykhaylo Mykhel Mykhi " +
  "Mykle Mykol Mykola Mylano Mylen Mylez Mylhan Mylhane Mylhann Mylian Myliano Mylio Myllan " +
  "Mylon Mylow Mylz Mynor Myo Myquan Myrone Myronn Myroslav Myrtho Myshaun Myshawn Myson " +
  "Mythias Naaman Naasir Nabeel Nabel Nabi Nabih Nabil Nabile Nabille Nabor Naby Nabyl Nabyle " +
  "Nacef Nacer Nacerdine Nacere Nacereddine Naceur Nachman Nachmen Nachum Naci Nacier Nacim " +
  "Nacime Nacio Nacir Nacor Nacym Nadal Nadav Nadeem Nadel Nadem Naden Nader Nadhem Nadhir " +
  "Nadi Nadil Nadim Nadime Nadjad Nadji Nadjib Nadjid Nadjidine Nadjim Nadjime Nadjy Nadyr " +
  "Naeem Naem Naethan Nafa Nafaa Nafis Naftali Naftoli Naftuli Nagib Nagim Nagui Naguib Naguy " +
  "Nagy Naheel Naheem Naheim Nahele Naher Nahiem Nahil Nahim Nahjee Nahlan Nahman Nahmir Naho " +
  "Nahome Nahoum Nahshon Nahsir Nahuel Nahun Nahyan Nahyl Nahym Nahzir Naick Naiel Naiem Naiim " +
  "Naim Naimi Nain Nainoa Naithan Naithen Najai Najay Najee Najem Naji Najib Najibe Najid " +
  "Najim Najime Najir Najm Najmeddine Najon Nakai Nakeem Nakhi Naki Nakib Nakid Nakim Nakoa " +
  "Nakul Nalu Nam Namake Naman Namik Namir Namon Namori Namory Nand Nando Nano Nanouk Nans " +
  "Naod Naofel Naoh Naoki Naophel Naor Naoto Naoufal Naoufel Naouri Naphtali Naquan Narayan " +
  "Narcis Narciso Nareg Narek Naren Naron Nart Nasar Nascimo Nasean Naseem Naseer Naser " +
  "Naserdine Nasere Nash Nashaun Nashawn Nashon Nashua Nashwan Nasiar Nasiem Nasier Nasim " +
  "Nasime Nasir Nasire Nason Nasr Nasradine Nasrallah Nasrdine Nasreddine Nasredine Nasri " +
  "Nasridine Nasro Nasry Nassa Nassar Nassem Nasser Nasserdine Nassere Nassereddine " +
  "Nasseredine Nassib Nassif Nassime Nassin Nassir Nassourdine Nassradine Nassredine Nassri " +
  "Nassuf Nassur Nassurdine Nassym Naszier Naszir Natael Natalino Natalio Natan Natanael " +
  "Natane Natanel Natann Natao Natas Nateo Nathalan Nathanal Nathane Nathaneal Nathaneil " +
  "Nathanel Nathanieljames Nathann Nathanual Nathanuel Nathanyal Nathanyel Nathanyl Nathao " +
  "Nathen Natheo Nathian Nathias Nathin Nathis Nathnael Nathon Nathyn Nathys Natis Natnael " +
  "Natrell Natsu Nattan Natteo Natthan Natys Naulan Naun Nauzet Navarion Navarre Navarro " +
  "Navdeep Naveed Naveen Naven Navid Navier Navin Navon Navraj Nawad Nawaf Nawaz Nawfal Nawfel " +
  "Nawid Nawir Nayad Nayal Nayam Nayan Nayann Nayar Nayati Nayden Nayed Nayef Nayem Nayer " +
  "Nayil Nayim Nayir Nayl Naylan Naylann Naym Nayme Naysam Nayshaun Nayshawn Nayson Nayte " +
  "Naythan Naythen Naython Nayton Nazaiah Nazareno Nazario Nazeer Nazere Nazier Nazih Nazim " +
  "Nazime Nazir Nazmi Nazzareno Ndiaga Ndrea Neals Neamiah Neaven Nebi Nebil Nebiyu Nebojsa " +
  "Necalli Necati Nechemia Necim Necip Neco Neculai Nedal Neder Nedim Nedir Nedji Nedjim Neeko " +
  "Neelan Neels Neeraj Neev Nefi Nefis Neftali Neftaly Negan Neguib Nehamiah Nehemi Nehemia " +
  "Nehemias Nehemy Nehemyah Nehil Nehlan Neho Nehuen Nehyl Neiko Neilan Neiman Neimiah Neithan " +
  "Neizan Neji Nejib Nejim Nejmeddine Nejmedine Nejmi Nekhi Neko Nekoda Nelco Nelio Nello Nelo " +
  "Nelso Nelu Nelvin Nelyo Nemanja Nemesio Nemiah Nemo Nemorin Nenad Neoh Neomiah Nephi Neri " +
  "Neric Nerick Nerik Nerio Nery Nesanel Nesean Neset Neshawn Nesim Nesredine Nessim Nessime " +
  "Nessym Netanel Nethan Nethanel Nethaniel Nevan Neven Nevenoe Nevo Nevyn Nevzat Newell Newen " +
  "Newfel Newman Neyan Neyl Neyland Neylann Neylio Neymar Neyo Neythan Neyton Neyzan Nezar " +
  "Nezim Nezir Nhan Nhat Nhoa Nholan Niaki Niaky Niam Nibras Nicandro Nicanor Nicasio Nicco " +
  "Niccolas Niceto Nichalos Nicholai Nicholaos Nicholaus Nicholes Nicholi Nicholis Nicholos " +
  "Nicholus Nickalas Nickali Nickalis Nickalos Nickalus Nickholas Nickita Nicklas Nicklaus " +
  "Nicklous Nickoles Nickoli Nickolis Nickolus Nickson Nicodem Nicodeme Nicodemo Nicodemus " +
  "Nicolaas Nicolae Nicolaie Nicolau Nicolaus Nicolay Nicoles Nicolino Nicolo Nicomedes " +
  "Niculae Nicusor Nidhal Nieem Nieko Nielsen Nihar Nihat Nijel Nikai Nikalas Nikan Nikel " +
  "Nikholas Nikith Nikko Nikkolas Niklaus Nikodem Nikolaj Nikolaz Nikoli Nikolis Nikolo " +
  "Nikoloz Nikolozi Nikolus Nilan Nill Nills Nilo Nilolo Nilsen Nilton Nimai Nimish Nimrod " +
  "Ninho Ninio Ninos Niquan Niraj Niran Niranjan Nirav Nirojan Niroshan Nirujan Nirushan " +
  "Nirvaan Nirvan Nisaiah Nisar Nisarg Nischal Nishaan Nishad Nishan Nishant Nishanth Nishaun " +
  "Nissen Nissim Nithilan Nithin Nithish Nithusan Nitin Nitish Niv Nived Nivek Nivethan Nixon " +
  "Niyazi Nizam Nizamettin Nizar Nizard Nizare Nizear Nkosi Nkrumah Nnaemeka Nnamdi Noahm " +
  "Noahn Noaim Noal Noaman Noamane Noar Noaym Nobel Nobert Nochum Noeh Noelan Noelig Noem " +
  "Noevan Nofel Noh Noham Nohame Nohan Nohann Nohe Nohlan Nohlann Nolaan Nolahn Nolam Nolberto " +
  "Nolen Nolhan Nolhane Nolhann Nolin Nollan Nollann Nolon Nolwan Nolyan Nolyn Noman Nomane " +
  "Nomar Nominoe Noname Nono Nooh Noradine Noran Norberto Nordahl Norddine Norden Nordi Nordin " +
  "Nordinne Noreddine Noredine Norian Norick Noriel Norik Noris Norlan Normane Normann " +
  "Norredine Norrin Norvell Nory Noslen Nosredine Nosson Notnamed Nouah Nouaim Nouam Nouaman " +
  "Nouamane Nouar Nouari Nouaym Nouba Noufel Nouh Nouhe Nouhou Nouhoum Noui Nouman Noumane " +
  "Noumou Nouradine Nourddine Nourdin Nourdine Nourdinne Noureddin Noureddine Nouredine " +
  "Nouredinne Nouri Nouridine Nourreddine Nourredine Noury Novak Novan Novann Novica Nowa " +
  "Nowam Nowan Nowen Nowfel Nowlan Noyan Nuchem Nuh Numan Nuno Nunzio Nureddin Nurettin Nuriel " +
  "Nurullah Nusret Nussen Nyair Nyaire Nyan Nycere Nycholas Nycolas Nydal Nyeem Nyel Nygel " +
  "Nyheem Nyheim Nyier Nykeem Nykel Nykell Nyko Nykolas Nyl Nylan Nylann Nyle Nylen Nyles Nyls " +
  "Nylson Nymir Nyno Nyrell Nyron Nysean Nyshaun Nyshawn Nysir Nyzaiah Nyzier Nyzir Oakland " +
  "Oakley Oan Obama Obdulio Obet Obinna Obrian Obryan Occuli Oceano Ociel Octavi Octavien " +
  "Octavion Octavious Octavus Oday Odei Odelin Oden Oderic Odet Odil Odilo Odilon Odin Odon " +
  "Odran Odric Odrick Odyn Odysseas Odysseus Oen Oger Ogier Ogulcan Ogun Oguz Oguzhan Ohan " +
  "Ohannes Ohene Ohm Oihan Oihid Oilid Oinatz Oisin Oissim Ojani Ojas Ojasva Okacha Okan Okba " +
  "Oktay Oladimeji Olajuwon Olan Olando Olann Olanrewaju Olaoluwa Olcay Oleg Olegario Oleguer " +
  "Oleh Oleksii Oleksiy Olen Olf Olgun Olimpio Olindo Olivan Olivarius Oliverio Olivien Olivio " +
  "Olivo Oliwier Olkan Olliver Ollivier Olman Olmo Olof Olrich Olsen Olson Olti Oluf Olufemi " +
  "Olumide Oluwadamilare Oluwademilade Oluwafemi Oluwanifemi Oluwaseun Oluwaseyi " +
  "Oluwatimilehin Oluwatobi Oluwatobiloba Oluwatofunmi Oluwatomiwa Oluwatosin Olvin Olyver " +
  "Omael Omair Omare Omaree Omari Omarian Omarie Omarien Omario Omarion Omarius Omarr Omarri " +
  "Omeed Omid Omir Omkar Omran Omrane Omri Omur Onder Ondre Oneal Oneil Onel Oner Onesimo " +
  "Onesimus Onesiphor Onezime Oniel Onil Onofre Onofrio Ontario Onur Onyekachi Ophelien Oracio " +
  "Oran Orann Oratio Orban Orelien Orell Orencio Orene Orens Orenzo Oreste Orestes Orestis " +
  "Orfeo Orges Orhan Orian Oriano Orie Orien Oriol Orkun Orlandus Orlin Oronde Oronzo Orphe " +
  "Orpheo Orry Orso Orsu Ortwin Ory Oryan Oryn Oryon Osbaldo Osciel Osean Oseas Osee Oshay " +
  "Oshea Oshen Osher Osiah Osias Osiel Osiris Osirus Osmani Osmann Osmany Osmar Osmel Osmin " +
  "Ossama Ossian Ossiel Ossman Osteen Osten Ostin Osval Osvald Osvin Oswaldo Oswin Otavio " +
  "Otello Otfried Otger Othis Othmane Othmar Othmen Othniel Othon Otilio Otman Otmane Otmar " +
  "Otniel Otoniel Ott Ottavio Otte Ottfried Ottis Ottman Ottmane Ottmar Ottokar Ottomar Otton " +
  "Ottorino Ouadah Ouadi Ouadie Ouadih Ouael Ouafi Ouahab Ouahbi Ouaheb Ouahib Ouahid Ouaid " +
  "Ouail Ouajdi Ouali Oualid Oualide Oualy Ouamar Ouanes Ouardi Ouari Ouassil Ouassim Ouassini " +
  "Oubay Oubayd Oubayda Oubey Oubeyd Oubeydallah Oudai Ouday Ouelid Ouicem Ouisam Ouisem " +
  "Oukacha Oumare Oumarou Ounays Ounes Ouneys Ouri Ouriel Ousama Ousman Ousoumane Oussam " +
  "Oussama Oussayd Oussem Oussema Oussene Ousseni Ousseny Ousseyni Ousseynou Oussine Oussman " +
  "Oussmane Oussouby Oussoumane Oussy Outhman Outhmane Outmane Ouwais Ouways Ouwayss Ouweis " +
  "Ouweys Ouweyss Ouziel Ovadia Ove Ovide Ovidio Ovidiu Owain Owais Owaiss Owan Oways Owayss " +
  "Owein Oweis Oweiss Owenn Owens Oweys Oweyss Owin Owyn Owynn Oxence Oyan Oyhan Ozair Ozan " +
  "Ozay Ozcan Ozer Ozgun Ozgur Oziah Ozias Oziel Ozion Ozkan Paarth Paavo Pabel Pablito Pacco " +
  "Pacen Pacey Paden Padrick Padrig Paga Paiden Pako Palmiro Palmyr Paly Panagiotis Panayiotis " +
  "Panayotis Pancrace Panpi Pantaleo Pantaleon Pantxo Pantxoa Pao Paol Paolig Paolino Pape " +
  "Papis Param Paras Paride Parrish Parsa Parth Parthiv Parv Pascalino Pascasio Paschalis " +
  "Pascual Paskal Pasqual Pasqualino Pasquin Passionis Pasteur Patern Pathe Patrell Patricius " +
  "Patricq Patrique Patrix Patryck Patryk Patterson Patxi Paulanthony Paulet Paulino Paulius " +
  "Paulu Paulus Pavle Pavlos Pawel Paxson Paxten Paxtyn Payce Payden Paydon Payne Payson " +
  "Pearson Pedrohenrique Peeter Peio Pelayo Pellegrino Pello Peng Penn Pepino Peppino Peran " +
  "Pere Perez Perfecto Perig Permal Perrick Perrin Perrion Perseus Peterjohn Peters Peterson " +
  "Petre Petrica Petronilo Petru Petrus Pettan Peydon Peyo Peyson Phanuel Pharaoh Pharel " +
  "Pharell Pharez Pharoah Pharrel Pharrell Phelan Phelix Pheng Phenix Pheonix Phileas Philemon " +
  "Philidor Philipe Philippo Philippus Phillippe Philogene Philomen Philomin Philopateer " +
  "Philopatir Phinehas Phinnaeus Phinneas Phong Phu Phuc Phuoc Piel Pierandrea Pierangelo " +
  "Pierantonio Piercarlo Piercen Pierceson Pierdavide Pierfrancesco Piergiorgio Piergiuseppe " +
  "Pieric Pierick Pierig Pierik Pierino Pierjean Pierluca Pierluigi Piernicola Piero Pierpaolo " +
  "Pierric Pierrick Pierrig Pierrik Pierrino Pierro Pierrot Pierry Pierryck Piers Piersen " +
  "Pieyre Pinchos Pinchus Pinhas Pio Piraveen Piter Pius Pjotr Placido Plamen Platon Polat " +
  "Policarpo Pollux Polydor Polydore Pompee Pompeo Ponciano Porfirio Porphyre Portland Pothin " +
  "Pouya Poyraz Prabhav Pradyun Prague Prajwal Prakhar Pranav Pranay Praneel Praneeth Pranshu " +
  "Prasanna Prateek Pratham Prathik Pratik Pratyush Praveen Pravin Precieux Predrag Preet " +
  "Presnel Prestan Presten Prestin Prestone Prestyn Preyston Priam Prigent Primael Primitivo " +
  "Princeton Princewill Princy Prinston Priscillien Prithvi Priyam Promedi Prospert Prudencio " +
  "Pryam Pryor Purav Qacim Qadir Qais Qaisar Qasem Qasim Qassem Qassim Qassym Qayim Qays " +
  "Qayyim Qiang Qiyam Quadarius Quadarrious Quade Quadir Quaid Qualan Qualin Quamaine Quamar " +
  "Quamari Quamere Quamir Quan Quanell Quang Quantarius Quantavious Quantavius Quantez Quantin " +
  "Quantrell Quaran Quaron Quartez Quasean Quashaun Quashawn Quashon Quashun Quasim Quassim " +
  "Quavion Quavon Quayshawn Que Quency Quendarius Quentavious Quenten Quentez Quenton Quentyn " +
  "Quevin Quilicus Quillian Quim Quindarius Quinlin Quinnlan Quinntin Quinnton Quintan " +
  "Quintavion Quintavious Quintavius Quintell Quinten Quinterius Quintez Quintino Quinto " +
  "Quintrell Quintyn Quion Quique Quirino Quoc Quorentin Quron Qusay Quy Qwanell Qwenton Raad " +
  "Raaghav Raahil Raba Rabat Rabbah Rabeh Rabie Rabih Rabii Rabir Rachad Rachadi Rached " +
  "Rachide Rachidi Rachild Rachit Racim Racime Racine Rade Radek Raden Radhouan Radhouane Radi " +
  "Radjabou Radjah Radjan Radjen Radji Radjiv Radjy Radley Rado Radoin Radoine Radolf Radomir " +
  "Radoslav Radouan Radouane Radovan Radu Radwan Radwane Raed Raeden Raeed Raef Raejon Raekwon " +
  "Rael Raequan Raeshaun Raeshawn Rafaelo Rafal Rafan Rafay Rafeal Rafed Rafel Rafet Raffael " +
  "Raffaele Raffele Raffi Raffik Raffy Rafic Rafick Rafid Rafiel Rafik Rafike Rafion Rafiq " +
  "Raghav Raheel Raheem Raheim Rahhal Rahib Rahiem Rahim Rahkim Rahm Rahman Rahmane Rahmeir " +
  "Rahmel Rahmere Rahmi Rahmir Rahsaan Rahyan Rahyane Rahym Rai Raian Raiane Raiden Raidon " +
  "Raidyn Raien Raif Raihan Raik Raiko Railley Raimana Raimo Raimon Raimond Rainald Rainen " +
  "Rainhard Rainhold Rais Raistlin Raiyan Rajai Rajan Rajeev Rajendra Raji Rajiv Rajko Rajon " +
  "Rajveer Rajvir Rakan Rakeem Raken Rakib Rakim Ralem Rali Ralid Ralphael Ralpheal Ralston " +
  "Ramadan Ramadane Ramaj Raman Ramari Ramarion Ramazan Rambert Ramces Ramdam Ramdan Ramdane " +
  "Ramel Ramell Ramere Rameses Ramesh Ramey Ramez Ramiel Ramier Ramil Ramin Ramine Ramir Ramiz " +
  "Ramond Ramone Ramsamy Ramsi Ramuncho Ramuntcho Ramuntxo Ramy Ramzan Ramzey Ramzi Ramzy " +
  "Ranbir Randel Randen Randle Randon Ranen Raniero Ranjit Ranko Ranson Ranulfo Ranveer Ranvir " +
  "Raoni Raouf Raould Raoult Raoulx Raouti Rapheal Raphy Raquan Rares Rasean Rashaad Rashaan " +
  "Rashan Rashard Rashaud Rashaun Rashawn Rashed Rasheed Rasheem Rasheen Rashid Rashod Rashon " +
  "Rashun Rasim Rasit Raslan Raslane Raslen Raslene Rassen Rassim Rassoul Rasul Ratana Rathana " +
  "Ratib Raudel Rauf Rauljr Raunak Raunel Ravion Ravon Ravy Rawad Rawlin Rayaan Rayad Rayani " +
  "Rayce Rayco Raydan Raydel Raydell Rayden Rayder Raydin Raydon Raydyn Rayed Rayel Rayenne " +
  "Rayford Rayhaan Rayhann Raylan Rayland Raylann Rayle Raylen Raylon Raymar Raymere Raymir " +
  "Raymon Raymondo Raymundo Raynal Raynald Raynaldo Raynaud Rayquan Raysean Rayshad Rayshard " +
  "Rayshaud Rayshaun Rayshawn Rayshon Rayshun Rayson Rayssen Rayvion Rayvon Rayyan Rayyane " +
  "Raza Razak Razi Raziel Razik Razine Razki Razvan Reace Rean Reber Recardo Recaredo Rece " +
  "Rechad Reco Reda Redah Redan Redda Redgy Redha Redhouane Redjy Redoin Redoine Redouan " +
  "Redouane Reduan Redwan Redwane Redwann Reenold Reeves Refael Reff Refik Refoel Refugio " +
  "Reginal Reginaldo Regino Rehaan Rehan Rehann Rehda Rehman Rei Reian Reice Reichen Reida " +
  "Reiden Reif Reihan Reilley Reily Reimar Reimer Reimo Reimund Reinar Reinard Reiner Reinhart " +
  "Reino Reise Reiss Rejan Rejean Reme Remey Remiel Remigio Reminiscere Remmer Remmington " +
  "Remmy Remo Remon Remond Remuald Remzi Ren Renald Renan Renardo Renas Renatus Renauld Rendon " +
  "Rendy Renel Reneld Renis Renji Renn Rennan Renner Renny Reno Renso Renton Renzo Reo Reon " +
  "Reouven Rephael Reshad Reshard Reshaun Reshawn Reski Restituto Reston Resul Rett Reuel " +
  "Reunan Revan Revanth Reve Reven Revin Rewan Rexford Rexton Reyad Reyane Reyann Reyce Reyda " +
  "Reyden Reyez Reyli Reyly Reymon Reymond Reymundo Reyn Reynal Reynald Reynaud Reynel " +
  "Reynoird Reyshawn Rezak Rezan Rezki Reznor Rhaled Rhali Rhalid Rhani Rhayan Rheda Rhet " +
  "Rhida Rhiles Rhoan Rhodes Rhome Rhone Rhony Rhudy Rhyder Rhyen Rhylan Rhyland Riad Riade " +
  "Riadh Rian Riaz Ricco Richad Richardson Richel Richelet Richelieu Richelin Richemond " +
  "Richemont Richeville Richmond Rickardo Rickson Ridah Ridan Riddick Riddik Ridgy Ridha " +
  "Ridhwan Ridjal Ridjy Ridoine Ridouan Ridouane Ridvan Ridwan Ridwane Rien Riese Rieul Rifat " +
  "Rifki Rigby Rigden Rigdon Rigel Riggin Riggins Riggs Rigley Rigo Rigoberto Rihad Rijul " +
  "Rikardo Rikelme Riken Riker Rikhil Riku Rilan Rilas Rilen Riless Rilley Rilo Rino Rinor " +
  "Rintaro Rion Riowen Ripken Riquelme Rishaan Rishab Rishabh Rishad Rishan Rishard Rishav " +
  "Rishi Rishik Rishikesh Rishit Rishith Rishon Ritch Ritchi Ritchy Ritesh Rithik Rithish " +
  "Rithvik Rithwik Rithy Rito Ritvik Ritwik Rivaldo Riven Rivo Riwal Riwall Riwan Riwane " +
  "Riwann Riwen Riyaan Riyad Riyade Riyadh Riyann Riyas Riza Rizvan Rizwan Rjay Rmani Roald " +
  "Roanan Roane Roann Roark Roary Robain Robben Robel Roben Robenson Robertin Robertino " +
  "Robertson Robespierre Robie Robinho Robson Robustiano Rochdi Rochdy Roche Rochus Rockford " +
  "Rocklin Rocko Roddick Roddrick Rodin Rodner Rodny Rodoine Rodolf Rodouane Rodric Rodricus " +
  "Rodrigue Rodrigues Rodriguez Rodriquez Rodwan Rody Roee Roen Roey Rogan Rogatien Roge Rogen " +
  "Rogerick Rohaan Rohail Rohane Rohann Rohanpreet Rohat Rohen Rohil Rohin Rohit Rohith Rohnan " +
  "Roho Roihim Rojan Rojat Rojdi Rojelio Rojhat Rokas Rokko Rolan Rolann Rolen Rolian Rolin " +
  "Rolly Rolondo Romaldo Romano Romanus Romao Romar Romari Romaric Romarick Romarik Romario " +
  "Romary Romel Romell Romello Romelo Romen Romero Romeu Romica Romin Romio Romir Rommel " +
  "Romney Romolo Romon Romualdo Romul Romuld Romule Romulo Romulus Romyn Ronael Ronak Ronal " +
  "Ronaldinio Ronaldo Ronav Rondale Rondell Rondy Rone Ronel Ronell Ronelle Ronen Ronin Ronit " +
  "Ronith Ronn Ronnel Ronnell Ronney Ronon Rontavious Rontez Rontrell Roody Roque Roran Rorik " +
  "Rosalino Rosalio Rosan Rosbel Rosemain Rosemond Rosendo Roset Roshad Roshan Roshard Roshaun " +
  "Roshawn Roshon Rosindo Rossano Rossend Rossi Rostam Rostan Rostane Rostom Roston Rostyslav " +
  "Rosuel Rotger Rouan Rouben Rouchdi Roudolphe Roudy Rouslan Rouven Rowann Rowin Rowley Roxan " +
  "Roxas Royale Royan Royann Royer Royston Rozan Rozell Ruan Rubben Rubbens Rubenn Rubens " +
  "Rucker Rudesindo Rudhra Rudhy Rudi Rudis Rudolphe Rudra Rueben Ruffin Rufino Rufo Ruger " +
  "Ruggero Ruhaan Ruhan Rui Ruis Ruiz Rulon Rumaldo Rumi Rushi Rushil Rushton Ruslan Rustem " +
  "Rusten Ruston Rustyn Ruvim Ruyman Ruzgar Rwan Ryaan Ryad Ryade Ryadh Ryanjames Ryatt Ryaz " +
  "Ryce Ryda Rydan Rydell Ryden Ryder Rydge Ryelan Ryeland Ryelin Ryer Ryhad Ryhan Ryiad Ryion " +
  "Ryken Ryker Rykin Ryko Rylan Ryland Ryle Rylen Rylend Ryler Ryles Ryless Rylind Rylon Ryn " +
  "Ryne Ryo Ryoma Ryota Ryott Ryson Ryszard Ryu Ryuji Ryunosuke Ryver Rywan Ryyan Ryzen Saad " +
  "Saadi Saadiq Saahil Saahir Saaid Saaketh Saarim Saathvik Saatvik Saavan Saban Sabar " +
  "Sabastian Sabastien Sabastion Sabatino Sabato Saben Sabeur Sabi Sabian Sabien Sabih Sabil " +
  "Sabin Sabino Sabir Sabri Sabrino Sabry Sachiel Sachin Saci Sadak Sadam Saddek Sadek Saden " +
  "Sadettin Sadik Sadin Sadiq Sadji Sadjid Sadjy Sadler Sadok Sadou Sadrac Sadri Sadry Saer " +
  "Saevion Safak Safet Safin Safir Safoine Safouan Safouane Safwan Safwane Safwen Safwene " +
  "Safyr Sagan Sagar Saged Sahad Sahaj Sahan Sahand Saharou Saharsh Sahas Sahbi Saheed Saheim " +
  "Sahid Sahil Sahilpreet Sahim Sahin Sahir Sahith Sahl Sahli Sahraoui Sai Saian Saiba Saibo " +
  "Saibou Saicharan Saidina Saidou Saif Saifallah Saifan Saifdine Saifeddine Saifedine Saifi " +
  "Saifullah Saig Saikou Saim Saimon Saindou Sair Sairam Sait Saith Saivion Saivon Saiyan " +
  "Sajad Sajan Saje Sajed Saji Sajid Sajjad Sakai Sakariya Saket Saketh Sakir Sako Saksham " +
  "Saladin Salahddine Salahdin Salahdine Salaheddine Salahedine Salar Salas Salavtore Salbador " +
  "Saleh Salek Salesi Salif Salifou Salih Salihou Salil Salime Salimou Saliou Sallah Salmaan " +
  "Salman Salmane Salmen Salmene Salou Saloum Salustiano Salva Salvadore Salvat Salvator " +
  "Salvino Salvy Salym Samaad Samad Samael Samaj Samajae Samajay Samanyu Samarion Samarth " +
  "Samauri Sambala Sambath Sambhav Sambo Sambou Samed Sameer Samer Samery Samet Sameul Samid " +
  "Samie Samier Samih Samik Samil Samin Samirdine Samire Samisoni Sammuel Samnang Samory " +
  "Sampiero Sampieru Samual Samuell Samvel Samy Samyak Samyr Sanad Sanassy Sanath Sanay " +
  "Sanchez Sandalio Sandjay Sandji Sandjy Sandler Sandon Sandric Sandrick Sandrino Sandry " +
  "Sandu Saned Sanel Sangohan Sanjai Sanjaya Sanjeev Sanjeevan Sanji Sanjit Sanjith Sanjiv " +
  "Sanjivan Sanka Sankalp Sankou Sankoumba Sankoun Sankoung Sann Sanny Sanounou Sanoussi " +
  "Sanoussy Sante Santez Santhiago Santhosh Santi Santiago Santo Santolo Santonio Santosh " +
  "Santrell Santu Santy Sanzo Saoud Saoudi Saphyr Saquan Sargis Sarhan Sarhane Sariel Sarim " +
  "Sarkis Sarosh Sarp Sartaj Sarthak Sarujan Sarvesh Sary Sasa Sassi Sasuke Sathvik Satilmis " +
  "Saturio Saturnino Satvik Satyam Saud Saufiane Saulo Saurav Sava Savan Savas Savaughn Saveon " +
  "Saverio Saveriu Savian Savien Savier Savinien Savino Savio Savion Savon Savoy Savvas Sawan " +
  "Saxton Sayad Sayam Sayan Sayann Sayd Sayden Saydou Sayed Sayeed Sayel Sayem Sayf Sayfallah " +
  "Sayfdine Sayfeddine Sayfedine Sayfoulla Sayfoullah Sayfullah Sayhan Sayid Saymon Sayron " +
  "Saysana Sayvion Sayvon Scander Schadrac Schafer Scherif Schilo Schneider Schneur " +
  "Scholastien Schorsch Schura Schyler Scipion Scoty Sead Seager Seanmichael Seann Seanpatrick " +
  "Seanpaul Sebahattin Seban Sebastain Sebasthian Sebastia Sebastiaan Sebastiao Sebastijan " +
  "Sebastion Sebatian Sebti Seckou Secundino Sedat Seddik Sedik Sedric Sedrick Sefer Seferino " +
  "Sefiane Sefkan Sega Seger Seghir Segismundo Segundo Sehaj Seid Seidou Seif Seifdine " +
  "Seifeddine Seifedine Seiji Seikou Seiya Sekai Sekhou Sekouba Selahattin Selami Selcuk Seldi " +
  "Selem Selestino Selian Seliman Selimane Sellam Selman Selmane Selmen Selmene Selvan Selvin " +
  "Selwyn Selyan Selyane Selyann Selym Sem Semaj Semajay Semih Semin Semir Semisi Semmy Semy " +
  "Senad Senai Senan Senateur Sendoa Senen Sener Seng Seni Senny Senol Senou Senouci Senthuran " +
  "Senzo Seo Seon Sepehr Sephiroth Septi Sequan Serafettin Serafim Serafin Serafino Serapio " +
  "Sercan Serdal Serdar Seref Serey Sergej Sergen Serges Serghei Sergi Sergii Serginio Sergiu " +
  "Sergius Sergiy Serguei Serhad Serhan Serhat Serhii Serhiy Serigne Serjio Serjo Serkan " +
  "Sernin Sertac Sertan Servan Servando Servann Servet Serwan Sery Serzan Sesar Sethi Sethy " +
  "Sety Sevag Sevak Sevann Sevastian Severiano Severic Severino Severo Severus Sevket Sevki " +
  "Sevon Sevren Sevrin Sewan Seyan Seyba Seydi Seydina Seydou Seyed Seyf Seyfdine Seyfeddine " +
  "Seyfedine Seyfi Seyfullah Seyha Seyid Seyit Seylan Seylian Seymen Seyon Seyyid Sezai Sezer " +
  "Sezgin Sezni Sezny Shaad Shaban Shabd Shabsi Shadeed Shadman Shadrach Shadrick Shafer Shafi " +
  "Shafik Shah Shahab Shahan Shahbaz Shaheem Shaheer Shaheim Shahim Shahin Shahir Shahyn " +
  "Shahyne Shahzad Shahzaib Shaid Shaiden Shaikh Shail Shain Shaka Shakeel Shakeem Shaki " +
  "Shakib Shakil Shakim Shakir Shakur Shalin Shamal Shamar Shamarion Shamarr Shamauri Shameek " +
  "Shamel Shamil Shamir Shamon Shamond Shamsdine Shamseddine Shamsedine Shandon Shankar Shann " +
  "Shantanu Shaquan Sharaf Sharan Shareef Sharief Sharif Shariff Sharmarke Sharod Sharrod " +
  "Sharujan Sharvin Shashank Shashwat Shaul Shaunak Shaurya Shauwn Shavar Shawne Shawntez " +
  "Shayaan Shayan Shayann Shayde Shaydon Shaylon Shaymus Shayn Shayron Sheadon Sheamus Shean " +
  "Shedrick Shedy Sheehan Shemar Shemsdine Shemseddine Shemsedine Shemuel Shen Sheng Shenzo " +
  "Shephard Sherard Sherif Shermaine Shermar Sherod Sherrod Sherron Shervin Sherwood Sheun " +
  "Shey Shihab Shimon Shimshon Shinji Shinobi Shion Shishir Shivam Shivan Shivank Shivansh " +
  "Shiven Shivraj Shiya Shkelqim Shloak Shloima Shloime Shloimy Shlok Shloma Shlome Shlomy " +
  "Shmaya Shmiel Shmouel Shmuel Shneur Sho Shoaib Shogo Shomari Shon Shondell Shone Shota " +
  "Shouayb Shourya Shraga Shravan Shrey Shreyan Shreyans Shreyas Shreyash Shreyes Shrihan " +
  "Shritan Shriyan Shu Shuaib Shuayb Shuban Shubh Shubham Shulem Shyam Shyheem Shyheim Shymir " +
  "Shyquan Siabou Siaka Siaosi Siar Sicco Sichem Sidahmed Sidali Sidar Siddarth Siddhant " +
  "Siddhanth Siddharth Siddiq Sidhanth Sidharth Sidi Sidia Sidiki Sidiya Sidonio Sidy Sidya " +
  "Siegbert Siegesmund Siegfrid Sieghard Siegmar Siegmund Siegward Siemon Sif Sifaks Sifaw " +
  "Sifax Sifdine Sifeddine Sifedine Siffrein Sigfredo Sigfrido Sigifredo Sigisbert Sigmar " +
  "Sigmond Sigurd Sikhou Sikou Silamaka Silamakan Silemane Siler Siley Sileye Sileymane Silian " +
  "Siliano Silima Siliman Silman Silouan Silouane Silus Silverio Silvestre Silvestro Silvian " +
  "Silvin Silvino Silviu Silvius Sily Silyan Simao Simba Simbad Simbala Simballa Simbara " +
  "Simcha Simeo Similien Simion Simmie Simo Simohamed Simome Simonet Simonpietro Sinaly Sinan " +
  "Sinane Sincear Sincer Sindbad Sindou Sinesio Sinforiano Sinisa Sinjin Sinthujan Sinue " +
  "Sioban Sione Siosiua Sipan Sirac Siraj Sirajeddine Sirat Sircharles Siriki Siriman Sirio " +
  "Sirius Sirmichael Siro Sirou Sirr Sirron Sirus Sirwilliam Sisco Sisto Siva Sivad Siven " +
  "Siwoo Sixte Sixto Siyabend Siyar Siyon Skanda Skandar Skander Skender Skiler Skylor Skylur " +
  "Sladan Sladen Slah Slaten Slaton Slavatore Slaven Slavisa Slavko Slawko Slayann Slayde " +
  "Slayden Slayton Slevin Sleyton Sliman Slimane Slimann Slimen Slimene Slohan Slohann Slovan " +
  "Slowan Slowann Slown Slyman Slymane Smael Smahil Smahin Smahine Smail Smaile Smailey Smain " +
  "Smaine Smaran Sneijder Sneyder Snorri Snyder Soam Soany Socrates Soel Soen Soenn Soeren " +
  "Soffiane Sofian Sofiann Sofianne Sofien Sofiene Sofienne Sofyan Sofyane Sofyann Sofyen " +
  "Sofyene Sohaan Sohaib Sohail Soham Sohayb Sohayl Soheib Soheil Sohel Sohen Sohenn Soheyb " +
  "Soheyl Sohil Sohum Soidri Soig Soilahoudine Soilihi Soireba Sokol Solaiman Solam Solann " +
  "Solano Solayman Solaymane Soleiman Soleyman Soleymane Solhan Soliman Solimane Solivan " +
  "Soloman Soltan Soltane Soly Solyan Somtochukwu Soner Soni Sophana Sophian Sophien Sophiene " +
  "Sophyan Soran Sorel Sorenn Sorian Soriba Sorin Sorren Sory Soryan Sosaia Sosefo Sossio Sota " +
  "Sotero Sothy Souaibou Souan Souareba Soubaya Soudais Soudays Soufian Soufiane Soufien " +
  "Soufiene Soufyan Soufyane Soufyen Souhaib Souhaiel Souhail Souhan Souhayb Souhayel Souhayl " +
  "Souheib Souheil Souhel Souheyb Souheyl Souhib Souhil Souhyl Soulaiman Soulaimana Soulaimane " +
  "Soulaimen Soulaym Soulayman Soulaymane Soulaymen Soulaymene Soule Souleiman Souleimane " +
  "Souleimen Souleimene Souleman Soulemane Souleye Souleyemane Souleym Souleyman Souleymen " +
  "Souleymene Souliman Soulimane Soulimen Soultan Soultane Soulyman Soulymane Soumaila Soumil " +
  "Soupaya Souphian Souphiane Sourakata Souren Sovan Sowan Sowann Sowen Soyan Soyann Sparsh " +
  "Spartaco Spartacus Spiro Srdan Srdjan Srecko Sreekar Sreeram Sricharan Srihan Srihari " +
  "Srijan Srikar Srinath Srinivas Sriram Srithan Sriyan Stael Stafford Staley Stalin Stallone " +
  "Stane Stani Stanilas Stanis Stanislao Stanko Stanlay Stann Stanny Stanys Stanyslas Starky " +
  "Starsky Statton Steave Steaven Steban Steddy Stedy Steele Steev Steeve Steeven Steevens " +
  "Steevenson Steeves Steevie Steevy Stefanu Stefen Steffan Steffon Stefon Stelian Stelio " +
  "Stelios Stellan Stellio Stelvio Sten Steny Stepan Stephann Stephano Stephene Stephens " +
  "Stephfon Stephon Stephone Sterlin Sterlyn Stetsen Stevan Stevane Stevann Steveen Stevenn " +
  "Stevens Stevenson Steves Stevin Stevon Stewan Stewen Stewens Stide Stiles Stiv Stive Stiven " +
  "Stivens Stivy Stjepan Stockton Stoffel Stoffer Stojan Stomy Stoney Stoyan Stoyann Stratos " +
  "Stratten Stratton Streeter Strummer Stryder Stryker Stylian Stylianos Styvan Styve Styven " +
  "Styvens Styves Suan Suat Suayip Subhaan Subhan Suchir Sudeep Sufian Sufyaan Sufyan Suger " +
  "Suhaan Suhaas Suhaib Suhail Suhan Suhas Suhayb Suhayl Suheyl Sujan Sujay Sukhwinder Sukru " +
  "Sulaiman Sulayman Sulaymane Suleiman Suleman Suleyman Suleymane Suleymen Suliac Sulian " +
  "Suliman Sulimane Sulivan Sulivane Sulivann Sullian Sulliman Sullivane Sullivann Sullyvan " +
  "Sullyvane Sullyvann Sulyan Sulyman Sulyvan Sulyvane Sulyvann Sumedh Sunil Suny Surafel " +
  "Suren Suriel Sushant Sushanth Sutharsan Sutter Suvan Svanik Svein Svenn Svetoslav Swayam " +
  "Swenn Syair Syaire Sye Syfax Syion Sylan Sylar Syler Sylian Sylis Sylus Sylvano Sylve " +
  "Sylver Sylverio Sylvert Sylvian Sylviano Sylvin Sylvio Sylvius Sylys Symeon Symere Symir " +
  "Symphor Synceer Syncere Syon Syphax Syre Syril Syris Syrius Syrus Taahir Taariq Tabari " +
  "Tabias Tacari Tacoma Tacori Tadan Tadarius Tadarrius Tadashi Tade Tadeg Tadek Tadelusz " +
  "Taden Tadensz Tadeus Tadeusz Tadeuz Tadhg Tadjidine Tadzio Tae Taeden Taedyn Taehyun Taejon " +
  "Taelon Taesean Taeshaun Taeshawn Taeshon Taeveon Taevin Taevion Taevon Tafari Taft Tagan " +
  "Tage Tagen Tagg Taggart Tahar Tahari Taheem Taher Tahiel Tahir Tahirou Tahiry Tahitoa Tahj " +
  "Tahji Tahjir Tahmid Tahmir Taho Tahsin Taib Taiden Taieb Taig Taiga Taige Taigen Taij " +
  "Taijon Taijuan Taiki Taim Taino Taiquan Tairic Tairick Tairik Tairon Tairou Taisei Taishaun " +
  "Taishawn Taison Taiten Taiven Taiveon Taivon Taiyo Taiyon Taj Tajae Tajay Tajeddine Tajh " +
  "Tajir Tajon Tajuan Takai Takari Takashi Takeo Takeru Takeshi Takfarinas Taki Takoda Takori " +
  "Takota Takuma Takumi Talal Talan Talat Taleb Talel Talen Talha Talib Talibe Taliesin Talik " +
  "Talip Talla Tallal Tallan Tallen Tallis Tallon Talmadge Talmage Talvin Tamaj Tamarcus " +
  "Tamarion Tamarius Tamarkus Tamatea Tamatoa Tamba Tameem Tamerlan Tameron Tamim Tamime Tamir " +
  "Tammaro Tamon Tamsir Tanael Tanausu Tanav Tanay Tancrede Tancredi Tanel Taneo Taner Tangi " +
  "Tangui Tanguy Taniela Tanish Tanishq Tanju Tankred Tanmay Tannar Tanneguy Tannen Tannon " +
  "Tannor Tano Tanor Tantely Tanush Tanveer Tanvir Tanyon Tanys Taofik Taoh Taoufic Taoufik " +
  "Taoufiq Taquan Tarak Taran Taras Taray Tareck Tarek Tarell Taren Taric Tarick Tarik Tarike " +
  "Tarin Tariq Tarique Tarius Tarkan Taron Tarrell Tarren Tarrence Tarron Tarsicio Tarun Tarus " +
  "Taryk Taryll Tarzan Tasean Taseen Tashaun Tashawn Tashon Tashun Tasi Tasio Tasman Tassilo " +
  "Taten Tatius Taufik Taurean Taurus Tausif Tavares Tavarian Tavarion Tavaris Tavarius " +
  "Tavarus Tavaughn Taveion Taven Taveon Taveyon Tavi Tavian Tavien Tavier Tavin Tavio Tavion " +
  "Tavious Tavis Tavish Tavita Tavius Taviyon Tavon Tavoris Tavyn Tawan Tawfik Tawfiq Tawhid " +
  "Tay Tayan Tayann Tayden Taydon Taye Tayeb Tayem Tayfun Tayfur Tayjon Tayjuan Taylan Taylann " +
  "Taylen Tayleur Taylon Taym Taymour Tayo Tayon Tayquan Tayric Tayrick Tayrik Tayris Tayron " +
  "Tayrone Tayronn Taysean Tayseer Taysen Tayshaun Tayshawn Tayshon Tayson Tayt Tayte Tayten " +
  "Tayton Tayvan Tayven Tayveon Tayvian Tayvin Tayvion Tayvon Tayyab Tayyib Tayyip Tayzon Taz " +
  "Tcha Tcheng Tchu Teagen Teagon Teague Teagun Teancum Teandre Teano Teddrick Tedj Tedji " +
  "Tedjy Tedrick Tedy Teedjy Teegan Teegen Tegen Teggy Tegi Tegwen Tegy Tehan Tehau Teho " +
  "Teigan Teige Teigen Teiki Teilo Tein Teion Teiva Tej Tejas Tejay Tejean Teji Tejjy Tejon " +
  "Tejy Tekin Tekoa Tel Telemaque Telesforo Telesphore Teliau Telio Tellis Telmo Telo Telyo " +
  "Temani Temeio Temidayo Temim Temoe Temuujin Temuulen Tenenan Teng Tengis Tennyson Tenoch " +
  "Tenzing Teo Teodomiro Teodosio Teofil Teofilo Teoman Teon Teophane Teophile Teotim Tequan " +
  "Teran Terance Terek Terell Terelle Teren Terez Terii Terion Termaine Teron Terrail Terran " +
  "Terrelle Terreon Terrian Terrick Terrin Terrion Terris Terrius Terron Terryion Terryl " +
  "Terryon Tertulien Tertullien Tesean Teshaun Teshawn Tessio Tetsuo Tevan Teveon Tevfik Tevin " +
  "Tevion Tevis Tevita Tevon Tevyn Tewes Tewfik Tewis Tex Teygan Teym Teymour Teyo Teyton " +
  "Thadde Thaddeaus Thaddee Thaddius Thade Thadee Thaden Thadeusz Thadius Thailan Thaison " +
  "Thales Thameur Thami Thanael Thang Thanusan Thanushan Tharcisse Tharon Tharsan Tharsice " +
  "Tharun Thawban Thaxton Thayden Thayer Thaylor Thayron Theadore Theandre Theau Theddy Thedy " +
  "Theis Theliau Thelio Thelo Thelonious Thelor Thelyo Thenenan Theoden Theodis Theodoro " +
  "Theodoros Theogene Theophane Theophil Theophilus Theophyle Theos Theotim Theran Therence " +
  "Theresien Theresius Theron Therron Therry Thery Thesee Theva Thevan Thiam Thibald Thibalt " +
  "Thibau Thibauld Thibault Thibeault Thibert Thibo Thiebaud Thiebault Thiebaut Thiefen " +
  "Thiephaine Thierno Thierri Thiery Thies Thietmar Thijs Thilio Thilo Thilyan Thim Thimeo " +
  "Thimoleon Thimote Thimotee Thimotey Thimothy Thimoty Thinesh Thiven Thobias Thomass " +
  "Thomassin Thommy Thompson Thomson Thomy Thony Thoralf Thorben Thoren Thorgal Thorne Thorson " +
  "Thristan Thuan Thuriau Thurman Thyago Thyam Thyan Thybalt Thybaud Thybault Thybaut Thybo " +
  "Thylan Thylann Thyler Thylian Thyliann Thylio Thymeo Thymote Thyno Thyo Thyron Tiago Tiam " +
  "Tian Tiano Tiao Tiar Tiary Tibalt Tibau Tibaud Tibault Tibaut Tibere Tiberio Tiberiu " +
  "Tiberius Tibo Tibor Tiburcio Tiburtius Tice Ticiano Tidgy Tidian Tidiane Tidiani Tidiany " +
  "Tidjan Tidjane Tidjani Tidjany Tidji Tidjiane Tidjy Tidus Tidyan Tidyane Tidyann Tiegan " +
  "Tiegen Tiego Tieler Tiemoko Tienzo Tiephaine Tiernan Tierno Tierre Tierry Tieson Tigan " +
  "Tigane Tigann Tige Tigh Tighe Tigran Tigrane Tiham Tihomir Tijane Tijani Tijany Tijuan Tiki " +
  "Tilak Tilan Tilden Tilian Tiliann Tiliano Tilio Tillian Tillio Tillman Tillmann Tilo " +
  "Tilouan Tilyan Tilyann Tilyo Timae Timael Timai Timao Timarion Timeho Timeo Timm Timmothy " +
  "Timo Timoe Timofey Timon Timote Timotee Timotei Timotey Timothe Timothei Timotheo Timothey " +
  "Timothyjames Timoti Timoty Timour Timucin Timy Tinael Tineo Tino Tinoa Tio Tion Tipton " +
  "Tiquan Tiras Tirek Tirian Tiron Tirso Tirth Tisean Tishaun Tishawn Tison Titan Tite Titien " +
  "Titoan Titoine Titouan Titouane Titouann Tituan Tivio Tivizio Tivon Tiwan Tiwen Tiwenn " +
  "Tiyam Tiyan Tiyon Tiziano Tizio Tizziano Tjay Tkai Tlaloc Toa Toader Toan Toanui Tobechi " +
  "Toben Tobenna Tobia Tobiasz Tobyas Tobyn Tochukwu Toddrick Todor Tofik Tohan Toi Toine Toky " +
  "Tolan Tolga Tolgahan Tolunay Toluwalase Toluwanimi Tomaz Tomek Tomeo Tomer Tomeu Tomislav " +
  "Tomoki Tomy Tonatiuh Toney Tong Tonin Tonino Tonio Tonny Tonyno Tonyo Topher Toprak Torben " +
  "Torcuato Torell Toren Torian Toriano Toribio Torion Torrell Torren Torreon Torres Torrian " +
  "Torrien Torrion Torsten Toryn Toscan Toshiro Tou Touati Toudo Toufek Touffik Toufic Toufick " +
  "Toufik Toufike Toufique Toufir Toufirk Touhami Toumani Toumany Toumi Toumy Toura Toure " +
  "Tovia Townes Tracen Tracyn Tradell Traden Tradon Trae Traedyn Traeson Traeton Traevion " +
  "Traevon Trai Traian Traiden Traiten Traivon Trajan Tralyn Tramaine Tramarion Tramayne " +
  "Tramel Tramell Tramon Tranquille Traquan Trase Trasean Trashaun Trashawn Trashon Trason " +
  "Travarious Travaris Travarius Travell Travelle Traven Traveon Travez Travian Travin Travion " +
  "Travious Travius Travon Travone Travonne Travontae Travonte Travor Travyn Travys Traxton " +
  "Trayce Trayden Traylen Traylon Traymon Trayon Trayshawn Trayson Trayten Trayton Trayven " +
  "Trayveon Trayvion Trayvis Trayvon Tre Trea Treaven Treavon Treavor Trebor Tredarius Tregan " +
  "Treighton Trejon Trelen Trell Trelon Trelyn Tremari Tremarion Tremel Tremell Tremeur Tremon " +
  "Trenden Trendon Trenell Trennen Trennon Trentan Trenten Trentin Trentyn Treon Trequan Tres " +
  "Tresean Treshaun Treshawn Treshon Treson Tresor Tressel Trestan Tresten Trestin Treston " +
  "Trestyn Trevan Trevaughn Trevaun Trevell Trevelle Treven Treveon Treveur Treveyon Trevian " +
  "Trevin Trevion Trevis Trevon Trevone Trevonn Trevonne Trevontae Trevonte Trevyn Trevyon " +
  "Trevys Trew Treyce Treyden Treydon Treylan Treylen Treylin Treylon Treyon Treysean Treysen " +
  "Treyshaun Treyshawn Treyshon Treyson Treyten Treytin Treyton Treyvan Treyvaughn Treyven " +
  "Treyveon Treyvian Treyvin Treyvion Treyvis Treyvon Treyvone Treyvonne Trez Tri Trigg Trigo " +
  "Trindon Trinitario Trino Trintin Trinton Triomphe Tripton Tristain Tristano Tristant " +
  "Tristen Tristian Tristin Triston Tristyn Triton Tron Trong Troyvon Tru Truett Truitt Trung " +
  "Truong Trusten Trustin Truston Truxton Tryce Trygg Trygve Tryon Trypp Tryson Trystan " +
  "Trysten Trystian Trystin Tryston Trystyn Tryton Tsiory Tsiry Tsubasa Tsvetan Tsvi Tual Tuan " +
  "Tudal Tudi Tudorel Tudual Tudwal Tudy Tufan Tugay Tugdual Tugra Tugrul Tukker Tulio Tullio " +
  "Tunahan Tuncay Tuncer Tupac Turan Turgay Turgut Turhan Turker Turon Tushar Tustin Tuvia " +
  "Txaber Txema Txomin Tyago Tyaire Tyam Tyan Tyano Tybo Tyce Tycen Tychique Tycho Tydarius " +
  "Tyde Tyden Tydian Tydiane Tydjane Tydus Tyee Tyeler Tyeson Tygan Tygane Tyger Tyham Tyheem " +
  "Tyheim Tyhir Tyion Tyjai Tyjay Tyjohn Tyjon Tyjuan Tyke Tykeem Tykel Tykell Tykwon Tylan " +
  "Tyland Tylann Tylar Tyleek Tylek Tylen Tylerjames Tyliam Tylian Tyliane Tyliann Tyliano " +
  "Tyliek Tylik Tylin Tylio Tylique Tyller Tyllian Tylon Tylor Tym Tymael Tymao Tymari " +
  "Tymarion Tymeer Tymeir Tymel Tymell Tymeo Tymere Tymier Tymir Tymire Tymo Tymote Tymoteusz " +
  "Tymothe Tymothee Tynael Tyndale Tyner Tyno Tyo Tyon Tyquan Tyquarius Tyquavion Tyquavious " +
  "Tyquez Tyqwan Tyr Tyrae Tyray Tyreak Tyrease Tyrece Tyree Tyreece Tyreek Tyreese Tyreik " +
  "Tyreion Tyrek Tyreke Tyrel Tyrell Tyrelle Tyren Tyreon Tyrese Tyresse Tyrez Tyric Tyrice " +
  "Tyrick Tyrie Tyriek Tyrik Tyrin Tyrion Tyriq Tyrique Tyris Tyrome Tyron Tyronn Tyronne Tyse " +
  "Tysean Tysen Tyshaun Tyshawn Tyshon Tyshun Tysin Tysir Tysun Tytan Tyton Tytouan Tytus Tyus " +
  "Tyvan Tyveon Tyvin Tyvion Tyvon Tywan Tywann Tywaun Tywen Tywenn Tywon Tywone Tywuan Tyzae " +
  "Tyziano Tyzio Tzion Tzvi Ubaid Ubald Ubaldo Ubay Uber Ubert Uchechukwu Uchenna Uday Udo " +
  "Ufuk Ugaitz Ugochukwu Ugolin Ugonna Ugur Ulas Ulderic Uldrich Uldrick Ulf Ulices Ulin " +
  "Ulisse Ulisses Ullrich Ulpiano Ulrico Ulv Ulys Ulyses Ulyss Umair Umar Umbert Umer Umeyr " +
  "Umit Umut Umutcan Unal Unay Urian Urias Urijah Uriyah Urko Uros Ursin Ursmar Urtzi Urvan " +
  "Usama Usiel Usmar Utah Uthman Utkarsh Utku Uvaldo Uve Uveys Uwais Uways Uwe Uxio Uzair " +
  "Uzeyir Uziah Uziel Uzziah Uzziel Vaden Vadim Vadin Vadym Vahan Vahe Vahid Vahn Vaibhav " +
  "Vaiden Vaik Vaillant Vainqueur Vairon Vakaba Valantin Valbert Valdo Valen Valens Valente " +
  "Valenti Valentim Valentinus Valentyn Valeran Valeriano Valerien Valerii Valerij Valerio " +
  "Valeriu Valerius Valeriy Valero Valin Vallen Valmon Valmond Valmont Valmy Valo Valon Valter " +
  "Valtin Vamara Vanden Vander Vandon Vandy Vang Vangelis Vann Vannak Vansh Vardaan Vardan " +
  "Varick Varish Varshan Vartan Varun Vasanth Vasco Vash Vashaun Vashawn Vashon Vasil Vasile " +
  "Vasilije Vasilios Vasiliy Vasken Vassil Vassilios Vassilis Vasyl Vatea Vathana Vatsal " +
  "Vaughn Vayden Vayron Vazoumana Veaceslav Veasna Ved Vedaant Vedad Vedant Vedanth Vedat Vedh " +
  "Vedran Vegas Veit Velat Veli Veljko Venancio Venanzio Venceslas Vendelin Venerand Veniamin " +
  "Ventsislav Veran Verdell Vernell Veron Veselin Vetea Veysel Viacheslav Vibhav Vibol Vicens " +
  "Vicent Vicenzo Vichenzo Vicken Vicnenzo Victorhugo Victoriano Victorin Victorino Victorio " +
  "Victorius Victorjr Victormanuel Vidal Vidian Vidjay Vidyuth Vieri Viet Viggo Vignesh Vigo " +
  "Vihan Vijay Vikas Vikash Viken Viknesh Vikram Vikrant Viktorio Vilfrid Vili Viliami Villars " +
  "Villiam Villy Vinay Vincen Vinceslas Vinchenzo Vineet Vineeth Vinh Vini Vinicio Vinicius " +
  "Vinoc Vinod Vinoth Vinton Vintrell Viny Vinzent Vinzenz Viorel Vir Viraaj Viraj Virak " +
  "Virapin Virassamy Vireak Viren Virginien Virginio Virgyl Viriato Vishaal Vishal Vishnou " +
  "Vishnu Vishrut Vishruth Vishva Vishwa Vitale Vitali Vitaliano Vitalien Vitalii Vitalis " +
  "Vitaliy Vitaly Vitantonio Vitchenzo Vithuran Vithusan Vithushan Vitor Vitto Vittore Vitus " +
  "Vivan Vivant Vivier Vladan Vladimiro Vladislas Vladislaw Vlado Vlady Vladyslav Volcy Voldi " +
  "Volkan Volker Volkert Volkhard Volkmar Volny Volodia Voltaire Vontavious Vontez Vontrell " +
  "Vraj Vrej Vrishank Vuk Vural Vuthy Vyacheslav Vynce Vyncent Vyns Vyom Wacey Wacil Wacim " +
  "Wacime Waclaw Waco Waden Wadie Wadih Wadii Wadir Wadislas Wadislaw Wady Wadyslaw Wael Wafi " +
  "Wafik Wagner Wahab Wahaj Wahbi Waheb Wahel Wahib Wahid Wahil Wahyl Waile Wajdi Wajid Wajih " +
  "Wakil Wakinyan Walafried Waldeck Waldfried Waldy Waled Walee Waleed Walfried Walfroy Wali " +
  "Walid Walide Walig Walim Walis Wallerand Wallid Wallyd Walyd Wandrille Wanig Wanis Waniss " +
  "Wanys Waqar Waqas Waran Wardell Wardi Warel Waren Warenn Wari Warick Warrick Warys Waseem " +
  "Wasif Wasil Wasim Wassef Wassil Wassili Wassily Wassim Wassime Wassin Wassini Wassyl Wassym " +
  "Wastl Watson Wayan Wayane Wayann Wayans Wayat Wayate Wayath Wayatt Wayde Wayden Wayel Wayl " +
  "Wayman Waymon Waymond Weijie Weiland Wejdi Welat Weldon Welid Wellan Wellington Welson " +
  "Welton Wenael Wences Wenceslao Wendelin Wendrick Wensley Wenzel Wenzeslaus Wesam Weslay " +
  "Weslee Weslley Wess Wessam Wessim Wessley Wesson Westen Westin Westly Westyn Whalid Whesley " +
  "Whitt Whitten Whyatt Wicem Widdy Widjy Widley Widly Wido Widukind Widy Wielfried Wieslaw " +
  "Wifredo Wiktor Wil Wilan Wilane Wilann Wilber Wilberto Wilburn Wildan Wilder Wildrick Wildy " +
  "Wilem Wilford Wilfreed Wilfrido Wilfryd Wilhan Wilhem Wilhiam Wiliam Wilian Wilkes Wilkins " +
  "Willaim Willam Willan Willen Willfried Willhem Williame Williamhenry Williams Willian " +
  "Willibald Willliam Willson Willyam Willyams Willyan Willyann Willys Wilm Wilman Wilo Wilsan " +
  "Wilson Wiltor Wiltord Wilver Wilyam Wilyan Wim Windell Winson Winton Wisem Wisin Wisley " +
  "Witold Witten Wlad Wladimir Wladislas Wladislaw Wladyslas Wladyslaw Woilid Woldemar Wolfe " +
  "Wolff Wolfhard Wolter Woodley Woodson Woojin Wrigley Wuilmer Wulf Wulfran Wyatte Wyeth " +
  "Wyett Wylan Wyland Wylann Wylder Wylee Wylem Wyler Wylfried Wylhem Wyliam Wyllan Wyllem " +
  "Wylliam Wylliams Wylson Wyman Wynston Wynton Wyssam Wyssem Xabat Xabi Xabian Xabier Xachary " +
  "Xacobe Xaden Xadrian Xaiden Xaiver Xaivier Xalbat Xan Xander Xandir Xanti Xaven Xaver " +
  "Xaverius Xavi Xavian Xaviar Xaviel Xavien Xavion Xavior Xavious Xavius Xavyer Xayden Xayne " +
  "Xayvier Xayvion Xesus Xhaiden Xian Xiang Xiaofeng Ximo Ximun Xion Xoan Xoel Xose Xsavier " +
  "Xsavion Xsavior Xuban Xurxo Xxavier Xyion Xylan Xyler Xylon Xyon Xzaiver Xzander Xzaveon " +
  "Xzavian Xzaviar Xzavien Xzavier Xzavion Xzavior Xzayvier Xzayvion Yaacob Yaacoub Yaacov " +
  "Yaakoub Yaakov Yaasir Yacer Yaciel Yacim Yacime Yacin Yacir Yacob Yacou Yacoub Yacouba " +
  "Yacov Yacqub Yad Yadali Yadaly Yaden Yader Yadiel Yadier Yadriel Yafet Yagiz Yago Yagoub " +
  "Yagouba Yahaya Yahcine Yahia Yahir Yahiya Yahmir Yahn Yahnis Yahnn Yahshua Yahsir Yahya " +
  "Yahye Yair Yajat Yakhouba Yakhya Yakim Yakir Yakob Yakoub Yakouba Yakov Yakub Yakup Yalcin " +
  "Yalis Yamadou Yamal Yaman Yamani Yamato Yamen Yamil Yamin Yamine Yamir Yamoussa Yanael " +
  "Yancarlo Yancarlos Yancoub Yandel Yandell Yandi Yandiel Yaneck Yanek Yanes Yaniel Yanil " +
  "Yanise Yaniss Yaniv Yanixan Yankarlo Yankel Yanko Yanky Yannael Yanneck Yannek Yannel Yanni " +
  "Yannig Yanniss Yanniv Yanny Yannys Yano Yansel Yany Yanys Yanzel Yao Yaouen Yapi Yapo " +
  "Yaqoub Yaqub Yaquine Yared Yarey Yariel Yarnell Yarno Yarol Yaron Yarone Yarouba Yasar " +
  "Yaseen Yaser Yash Yashar Yashas Yashua Yashwanth Yasid Yaside Yasiel Yasim Yasin Yasine " +
  "Yasir Yasri Yassar Yassem Yassen Yasser Yassim Yassime Yassini Yassir Yassire Yasten Yatin " +
  "Yatte Yavian Yaviel Yavier Yavuz Yaxiel Yazan Yazane Yazeed Yazen Yazid Yazide Yazidou " +
  "Yaziel Yazir Yban Ybrahim Ybrahima Ycham Ychem Ydan Ydir Ydris Ydriss Ydrissa Yecheskel " +
  "Yechezkel Yechiel Yecine Yedidia Yedidya Yediel Yefri Yegor Yehia Yehiel Yehoshua Yehouda " +
  "Yehuda Yehudah Yeiko Yeison Yekoutiel Yekta Yelan Yeli Yelli Yelly Yeltaz Yely Yemin Yemine " +
  "Yener Yeng Yengkong Yenis Yeouda Yerai Yeraldo Yeray Yeremi Yerick Yeriel Yerik Yerim Yero " +
  "Yeshaya Yeshayahu Yeshua Yessin Yessine Yevan Yevhen Yezid Ygal Ygor Yhair Yhann Yhoan " +
  "Yianni Yiannis Yichai Yichen Yida Yidel Yidir Yifan Yigit Yildiray Yildirim Yilmaz Yiming " +
  "Yinon Yishai Yisroel Yissachar Yitzchak Yitzchock Yitzchok Yitzhak Ylan Ylann Ylario Ylenzo " +
  "Ylhan Ylhann Yliam Ylian Yliane Yliann Yliano Ylias Yliass Ylies Yliess Yliesse Yll Yllan " +
  "Ylli Yllian Yllias Yllies Yloan Ylyes Ymad Ymed Ymran Ymrane Yoachim Yoahn Yoakim Yoam Yoan " +
  "Yoandry Yoane Yoanis Yoann Yoannis Yoav Yobani Yobany Yochanan Yochanon Yoel Yoen Yoenn " +
  "Yogan Yohai Yoham Yohan Yohanan Yohance Yohane Yohanes Yohann Yohannes Yohav Yohen Yohenn " +
  "Yohni Yojan Yolain Yolan Yoland Yolann Yolas Yolhan Yollan Yoltzin Yomar Yomtov Yonael " +
  "Yonason Yonatane Yonel Yones Yoness Yoni Yoniel Yonis Yonn Yonnel Yonni Yonnick Yonny Yonus " +
  "Yony Yoram Yoran Yorane Yorann Yordan Yordi Yordin Yordy Yorel Yoren Yoric Yorick Yorik " +
  "Yoris Yoro Yorrick Yosbel Yoseph Yosgar Yosgard Yosgart Yoshua Yosiel Yoskar Yosmar Yosri " +
  "Yossef Yosseph Yossi Yossri Yostin Yosu Yotam Youan Youb Youba Youcef Youen Youenn Youlan " +
  "Youn Younas Younece Younes Younese Youness Younesse Youni Younis Youniss Younn Younnes " +
  "Younous Younouss Younoussa Younousse Younoussou Youns Younse Younss Younsse Youri Yourick " +
  "Youris Youry Yousaf Yousef Yousha Yousif Yousri Youssaf Yousseff Youssem Youssif Youssof " +
  "Youssou Youssouf Youssoufa Youssoufi Youssoufou Youssouph Youssoupha Youssri Youssuf " +
  "Youston Yousuf Youva Youval Youwan Youwen Youwenn Yova Yovan Yovani Yovann Yovanni Yovanny " +
  "Yovany Yoven Yovenn Yowan Yowane Yowen Yrieix Yron Yrvin Ysaac Ysaak Ysidro Ysmael Yssa " +
  "Yssam Yssan Yssouf Yuan Yuba Yucef Yucel Yug Yugo Yuhao Yuji Yulen Yulian Yunes Yuness " +
  "Yuniel Yunior Yunis Yunus Yunusemre Yurem Yuren Yuriel Yurii Yusef Yusei Yusha Yussef " +
  "Yussouf Yussuf Yusufcan Yusuke Yuta Yutaro Yuto Yuuki Yuva Yuvan Yuvraj Yvain Yvan Yvann " +
  "Yvano Yvans Yve Yvelin Yven Yvens Yvenson Yveric Yvic Yvick Yvo Yvonic Yvonick Yvonig " +
  "Yvonnet Yvonnic Yvonnig Yvonnik Yvrin Ywan Ywann Ywen Ywenn Yzak Zaahir Zaaire Zaakir " +
  "Zabdiel Zabian Zabrian Zabrien Zacari Zacariah Zacarias Zacary Zaccai Zaccari Zaccary " +
  "Zacchaeus Zacchari Zaccharia Zaccharie Zacchary Zaccheus Zacharee Zacharey Zachari " +
  "Zacharius Zachariya Zacharya Zacheriah Zachory Zachrey Zachry Zackarey Zackari Zackaria " +
  "Zackarie Zackariya Zackarya Zackeriah Zackery Zackory Zackrey Zackry Zacky Zade Zaden Zadig " +
  "Zadin Zadkiel Zadok Zadrian Zadyn Zae Zaeden Zaedyn Zaeem Zael Zaelyn Zaequan Zaer Zaevion " +
  "Zafar Zafer Zafir Zahar Zahed Zaheem Zaheer Zaher Zahi Zahiem Zahier Zahim Zahir Zahire " +
  "Zahki Zahmari Zahmier Zahmir Zahyir Zahyn Zaian Zaid Zaidan Zaiden Zaidi Zaidin Zaidon " +
  "Zaidou Zaidyn Zaier Zaim Zain Zaine Zainoudine Zaion Zair Zaivion Zakai Zakari Zakariae " +
  "Zakariah Zakarian Zakarie Zakariya Zakariyae Zakariye Zakariyya Zakary Zakarya Zakee Zakeem " +
  "Zakery Zakhai Zakhari Zakharia Zakhi Zaki Zakir Zakk Zakkary Zakkery Zakry Zaky Zakye Zalen " +
  "Zalman Zalmen Zamar Zamari Zamarie Zamarion Zamarius Zamauri Zameer Zamere Zamian Zamier " +
  "Zamil Zamir Zanden Zander Zandon Zandyr Zaniel Zaon Zaquan Zarek Zarian Zarif Zarin Zarion " +
  "Zarius Zarko Zaron Zarouki Zaryan Zashawn Zaul Zaven Zaveon Zavian Zaviar Zavien Zavier " +
  "Zavin Zavion Zavior Zavon Zayaan Zayad Zayan Zayann Zayd Zaydan Zayde Zayden Zaydin Zaydn " +
  "Zaydon Zaydrian Zaydyn Zayed Zayen Zayer Zayi Zayid Zaylan Zaylen Zaylin Zaylon Zayn Zayne " +
  "Zayon Zayone Zayonn Zayquan Zayveon Zayvian Zayvien Zayvion Zayvon Zayyan Zbigniew Zdislaw " +
  "Zdravko Zdrislaw Zdzislaw Zebediah Zebensui Zebenzui Zebulun Zecheriah Zedric Zeeshan Zeev " +
  "Zeferino Zeid Zein Zeineddine Zekeriya Zeki Zekiah Zekiel Zeljko Zelko Zemarion Zen Zenaido " +
  "Zenas Zenedine Zennon Zenobe Zenon Zeph Zephan Zephaniah Zephir Zephyr Zephyrin Zeplin " +
  "Zeppelin Zerek Zeric Zerick Zerik Zerrick Zeshan Zeshawn Zeth Zethan Zeus Zev Zeven Zevin " +
  "Zevon Zeyad Zeyd Zeyn Zeynel Zhaire Zhao Zhi Zhion Zhyon Ziad Ziade Ziair Ziaire Zian Ziane " +
  "Ziani Ziare Zidaan Zidan Zidane Zied Zier Ziggy Zigmond Zigmund Zigmunt Zigor Zihad Zihan " +
  "Zihao Zihed Zildjian Zimere Zimir Zimri Zin Zinar Zindin Zindine Zine Zineddine Zinedin " +
  "Zinedine Zino Zinou Ziquan Zishan Zitouni Ziv Ziven Ziyaad Ziyad Ziyade Ziyan Ziyane Ziyear " +
  "Ziyed Ziyon Zkye Zlatan Zlatko Zmarion Zoan Zober Zoel Zohaib Zohair Zohan Zoheir Zoher " +
  "Zohir Zohran Zoilo Zolan Zolin Zoltan Zoren Zorian Zorion Zosimo Zouaoui Zoubair Zoubayr " +
  "Zoubeir Zouber Zoubir Zouhair Zouheir Zouher Zouhir Zoumana Zubair Zubayr Zubin Zuhair " +
  "Zuhaitz Zuhayr Zuko Zulfikar Zulfiqar Zurab Zurich Zuriel Zvi Zvonko Zyad Zyair Zyaire Zyan " +
  "Zyane Zyden Zyed Zyeir Zyen Zyere Zygfryd Zygmond Zygmont Zygmund Zygmunt Zyhad Zyheir " +
  "Zyhir Zyier Zyiere Zyion Zyir Zyire Zykee Zykel Zylan Zylar Zylen Zyler Zylin Zylon Zymari " +
  "Zymarion Zymeer Zymeir Zymere Zymier Zymiere Zymir Zymire Zyon Zyquan Zyquarius Zyquavion " +
  "Zyquez Zyree Zyrell Zyren Zyrion Zyron Zyrus Zyshaun Zyshawn ";
export const MORE_FEMALE_GIVEN_NAMES =
  "Aabriella Aadhira Aadhya Aahana Aahliyah Aahna Aailyah Aala Aalaiyah Aalana Aalaya Aalayah " +
  "Aalayna Aaleah Aaleigha Aaleiyah Aaleyah Aalia Aaliah Aaliayah Aalivia Aaliya Aaliyahmarie " +
  "Aaliyana Aaliyha Aalliyah Aalya Aalyah Aalyiah Aalyssa Aamani Aamina Aaminah Aamira Aamirah " +
  "Aamiya Aamiyah Aamna Aamori Aamya Aamyah Aanchal Aania Aaniah Aanika Aanisah Aaniya Aaniyah " +
  "Aanor Aanshi Aanvi Aanya Aanyah Aaralyn Aaralynn Aaria Aariah Aariana Aarianna Aaricia " +
  "Aariel Aarielle Aarilyn Aarini Aariona Aarionna Aariya Aariyah Aariyana Aarna Aarohi Aarthi " +
  "Aarti Aarushi Aarya Aaryah Aaryanna Aaryn Aashi Aashika Aashka Aashna Aashni Aashrita " +
  "Aashritha Aashvi Aasia Aasiya Aasiyah Aastha Aathira Aava Aaya Aayana Aayanah Aayanna Aayla " +
  "Aayliah Aayushi Aaziyah Abagale Abagayle Abaigeal Abassia Abbagail Abbagale Abbagayle Abbee " +
  "Abbegail Abbeygail Abbiegail Abbiegale Abbigael Abbigaelle Abbigail Abbigaile Abbigal " +
  "Abbigale Abbigayl Abbigayle Abbygael Abbygaelle Abbygail Abbygale Abbygayl Abbygayle Abcde " +
  "Abdonie Abdonise Abeeha Abeer Abegail Abelina Abeline Abella Abelle Abena Abeni Abernathy " +
  "Abha Abiageal Abiba Abibata Abibatou Abida Abiella Abigaelle Abigahel Abigaile Abigaille " +
  "Abigal Abigayl Abigayle Abigial Abiha Abilene Abilia Abina Abinaya Abira Abirami Abiramy " +
  "Abire Abisha Abisola Abla Abrar Abrea Abreanna Abree Abrey Abri Abria Abriah Abrial Abriana " +
  "Abrianna Abrie Abriela Abriella Abrielle Abrina Abrionna Abriyana Abryana Abryanna Abryelle " +
  "Absa Absatou Abuk Abygael Abygaelle Abygail Abygaile Abygale Abygayle Acadia Accalia Acelia " +
  "Acelya Acelyn Acelynn Achata Achida Achillia Achley Achol Achouak Achoura Achta Achwak Acia " +
  "Acil Acile Acire Acsa Acya Adabella Adaeze Adaia Adaiah Adaira Adaisha Adajah Adalae Adalai " +
  "Adalaide Adalay Adalee Adaleen Adalei Adaleigh Adaleine Adalena Adalene Adaley Adalgisa " +
  "Adali Adalia Adalie Adalin Adalina Adalind Adalis Adalise Adaliz Adaly Adalyne Adalynn " +
  "Adalynne Adamari Adamarie Adamaris Adamariz Adamary Adamarys Adame Adamilca Adana Adanely " +
  "Adanna Adanya Adaora Adarah Adasia Adassa Adasyn Adasynn Adaugo Adaya Adayah Adayla Addalee " +
  "Addalina Addaline Addalyn Addalynn Addasyn Addelin Addeline Addelyn Addelynn Addeson " +
  "Addicyn Addilee Addilyne Addilynn Addisen Addisson Addisyn Addisynn Addolorata Addsion " +
  "Addysan Addysen Addysin Addyson Addysun Addysyn Adea Adebola Adeena Adelade Adelae Adelai " +
  "Adelaine Adelais Adelayde Adelei Adeleine Adelena Adeli Adelie Adelis Adelisa Adelise " +
  "Adelita Adeliz Adell Adellia Adellyn Adelma Adelphine Adelya Adelyn Adelyna Adelyne " +
  "Adelynne Adelys Adema Adenike Adenise Adenora Adeola Adessa Adhara Adhira Adhya Adia Adiah " +
  "Adianna Adiara Adiaratou Adiba Adidi Adidja Adie Adiela Adiella Adielle Adija Adila Adile " +
  "Adilee Adilene Adileni Adilenne Adilia Adilyn Adilynn Adine Adira Adisa Adisen Adison " +
  "Adissa Adisson Adisyn Adisynn Adisynne Adithi Aditi Aditri Adiva Adixia Adiya Adiyah Adiza " +
  "Adja Adjara Adjaratou Adji Adjia Adjila Adjira Adjo Adjoa Adjoua Adlee Adleigh Adlie Adlin " +
  "Adline Adlyn Adlyne Adna Adolfina Adolie Adoline Adolpha Adolphine Adonia Adonie Adonina " +
  "Adonise Adonna Adoracion Adorah Adoria Adra Adreana Adreena Adreona Adreonna Adri Adriah " +
  "Adriahna Adrianah Adriannah Adriauna Adriaunna Adrie Adrieana Adrieanna Adriella Adrielle " +
  "Adrienna Adrihanna Adrijana Adrina Adriona Adrionna Adrita Adriyana Adriyanna Adrya Adryana " +
  "Adryanna Advika Adwita Adwoah Ady Adya Adylene Adylin Adysen Adyson Adysson Adysyn Ael Aela " +
  "Aelaig Aeleen Aelia Aelig Aeline Aelis Aelita Aella Aelle Aely Aelya Aelyn Aelyne Aelynn " +
  "Aelys Aemilia Aena Aenaelle Aenor Aenora Aerabella Aeralynn Aeriana Aerianna Aeries Aerika " +
  "Aerin Aerionna Aeris Aerith Aeryal Aeryn Aeryne Aerys Aesa Aesha Aeva Afaf Afafe Afeda Afef " +
  "Afeni Aferdita Affaf Affef Affou Affoue Affoussiata Afi Afia Afida Afifa Afiya Afnan Afnane " +
  "Afnen Afnene Afomia Afra Afrah Afreen Afrika Afrodita Afsa Afsana Aftone Aftyn Agapita " +
  "Aglae Aglaee Aglaia Agnan Agnela Agnesa Agniela Agnies Agnieszka Agostina Agripina " +
  "Agrippine Aguasanta Agueda Agurtzane Ahana Ahava Ahed Ahilyn Ahinara Ahinoa Ahjah Ahjanae " +
  "Ahlam Ahlame Ahlana Ahlani Ahlaya Ahlayah Ahleah Ahlem Ahleme Ahlexis Ahlia Ahlima Ahlivia " +
  "Ahliya Ahllam Ahlyana Ahlyssa Ahmani Ahmaria Ahmarie Ahmaya Ahmel Ahmia Ahmira Ahmiya " +
  "Ahmiyah Ahmoni Ahmya Ahmyah Ahna Ahnaya Ahnesty Ahni Ahnika Ahniya Ahniyah Ahnna Ahnya " +
  "Ahnyah Ahnyla Ahou Ahoua Ahouva Ahriana Ahrianna Ahriel Ahrya Ahsen Ahtziri Ahtziry Ahuva " +
  "Ahyana Ahyna Ahzaria Ahziyah Aia Aiala Aiana Aianna Aiara Aibhilin Aichat Aichata Aichatou " +
  "Aiche Aichetou Aichouche Aidaliz Aidaly Aidee Aidel Aidelis Aideliz Aidelyn Aidi Aidia " +
  "Aidrianna Aiesha Aifa Aigline Aija Aijah Aijiao Aika Aiko Ailah Ailana Ailani Ailanie " +
  "Ailany Aileana Ailed Aileena Aileene Aileigh Ailen Aileny Ailia Ailie Ailin Ailine Ailish " +
  "Ailsa Aily Ailyne Ailynn Ailys Aima Aimable Aimane Aimara Aimel Aimeline Aimelyne Aimi " +
  "Aimie Aimmee Aimy Ainara Aine Aines Ainet Ainhara Ainhize Ainhoa Aini Ainize Ainoa Ainoha " +
  "Ainsleigh Aintzane Ainzley Aiora Aira Airabella Aireana Aireanna Airel Airelle Aireona " +
  "Aireonna Airiana Airianna Airica Airionna Airis Airyana Airyanna Airyn Airys Aisa Aisah " +
  "Aisata Aisatou Aise Aisetou Aishani Aishi Aishwarya Aisia Aislee Aisley Aislin Aislyn " +
  "Aislynne Aisosa Aissata Aissatou Aisse Aisseta Aissetou Aissia Aissya Aita Aitana Aitza " +
  "Aitziber Aiva Aivah Aivree Aivy Aixa Aiya Aiyah Aiyahna Aiyana Aiyanah Aiyanna Aiyannah " +
  "Aiyla Aiyonna Aiza Aizah Aizlyn Aizpea Aizza Aja Ajada Ajae Ajah Ajahnae Ajana Ajanae Ajaya " +
  "Ajayah Ajayla Ajaylah Ajda Ajia Ajiya Ajka Ajlin Ajna Ajooni Ajriz Akacia Akaila Akaisha " +
  "Akaiya Akaiyah Akalya Akane Akanksha Akari Akasha Akasia Akasya Akaya Akayla Akaylah Akeela " +
  "Akeelah Akeera Akeila Akeilah Akeira Akela Akelah Akelia Akemi Akera Akerah Akeria Akeya " +
  "Akeyla Akeylah Akheane Akhesa Akhia Akhila Akhiya Akia Akiah Akiera Akiko Akila Akilah " +
  "Akili Akima Akina Akirah Akire Akiria Akirra Akissi Akiya Akiyah Akiyra Akosua Aksa Aksha " +
  "Akshana Akshara Akshaya Akshita Akshitha Akua Akya Akyah Akyla Akylah Akyra Alaa Alacia " +
  "Alaena Alahna Alahni Alaia Alaiah Alaija Alaijah Alaila Alailah Alainah Alainna Alaira " +
  "Alaire Alais Alaisha Alaisia Alaitz Alaiya Alaiyah Alaiza Alaja Alajah Alajiah Alamea " +
  "Alandra Alandria Alanea Alanee Alaney Alani Alania Alanie Alanni Alannie Alannis Alanny " +
  "Alantis Alany Alanya Alanys Alara Alaria Alasha Alashia Alasia Alasiah Alathea Alauna " +
  "Alaura Alawna Alaya Alayana Alayasia Alaycia Alayha Alayia Alayiah Alayja Alayjah Alayla " +
  "Alaylah Alaynah Alaynia Alaynna Alays Alaysha Alayshia Alaysia Alaysiah Alaythia Alayza " +
  "Alayzhia Alayzia Alayziah Alazae Alazay Alazia Alaziah Alazne Albachiara Albana Albane " +
  "Albanie Albanne Albany Albena Alberie Alberta Alberte Alberthe Albine Albree Alcida Alcide " +
  "Alcidie Alcina Alcinda Alcine Alcira Alcyone Alda Aldana Aldara Aldegonde Aldina Aldine " +
  "Aldiouma Aldja Aldjia Aldyn Alea Aleah Aleaha Aleana Aleanah Aleandra Aleasha Aleasia " +
  "Aleaya Aleayah Alecea Aleceia Alecxa Aleea Aleeah Aleecia Aleeha Aleena Aleenah Aleera " +
  "Aleesa Aleese Aleesha Aleesia Aleeya Aleeyah Aleeza Aleezay Alegna Alegra Alegria Aleia " +
  "Aleiah Aleida Aleidy Aleigh Aleigha Aleighna Aleijah Aleina Aleisa Aleise Aleiya Aleiyah " +
  "Aleja Alejah Aleka Alekhya Aleksia Aleksis Alekza Aleli Alemush Alenah Alencia Aleni Alenia " +
  "Alenka Alenna Aleny Alera Alerah Aleria Alesa Alesana Alesandra Alese Alesha Aleshanee " +
  "Aleshia Aleshka Alesi Aleska Alessa Alessandrina Alessia Alessya Alesya Aleth Aletha " +
  "Aletheia Alethia Aletse Aletta Alette Alev Alevia Alexah Alexana Alexanderia Alexandrah " +
  "Alexandrea Alexandria Alexandrie Alexandrine Alexandry Alexandrya Alexane Alexanne Alexas " +
  "Alexcia Alexe Alexea Alexes Alexiah Alexiana Alexiane Alexianna Alexianne Alexias Alexide " +
  "Alexie Alexiea Alexiss Alexius Alexiya Alexiz Alexsa Alexsandra Alexsandria Alexsia Alexsis " +
  "Alexssa Alexsys Alexus Alexxa Alexxandra Alexxia Alexxis Alexxus Alexy Alexya Alexyane " +
  "Alexyia Alexyne Alexyss Alexz Alexza Alexzandra Alexzandrea Alexzandria Alexzia Aley Aleya " +
  "Aleyah Aleycia Aleyda Aleyia Aleyiah Aleyna Aleysha Aleysia Aleza Alezandra Alezay Alezia " +
  "Alfiya Alfonsa Alfonsina Alfrede Alfredine Algia Alhana Alheli Alhena Alhya Aliaa Aliah " +
  "Aliaha Aliahna Aliana Alianah Aliani Alianna Alianne Alianny Aliany Aliayah Alicen Aliciana " +
  "Aliciane Alicianna Alicya Alicyn Aliena Aliesha Aliette Alieyah Alifa Aliha Alihya Alilah " +
  "Alima Alimata Alimatou Alime Alinah Alinda Alinna Alinson Aliona Alionna Alirah Alisabeth " +
  "Alisah Alisandra Alisea Alisee Alisen Alishba Alishia Alisia Alisiah Alisiana Alisone " +
  "Alisonne Alissah Alissandra Alissandre Alissar Alisse Alissia Alisson Alissone Alissonne " +
  "Alissya Alisya Alisyn Alita Alithia Alitza Alitzah Alitzel Aliva Alivea Aliveah Alivia " +
  "Aliviah Aliviya Aliviyah Alivya Alixandra Alixandrea Alixandria Alixane Alixe Alixia " +
  "Alixzandria Aliya Aliyaah Aliyaha Aliyahna Aliyana Aliyanna Aliye Aliyha Aliyiah Aliyyah " +
  "Aliz Alizabeth Alizae Alizah Alizandra Alizay Alize Alizea Alizee Alizeh Alizet Alizette " +
  "Alizey Alizia Alizon Alizzon Aljia Allaa Allahna Allaina Allana Allanah Allani Allanna " +
  "Allannah Allaya Allayah Allayna Alle Alleah Alleana Allee Alleena Allegresse Allegria " +
  "Alleigh Allena Allende Allesandra Allessandra Allexa Allexis Alleyah Alleyna Allia Alliah " +
  "Alliana Allianna Allicen Allicia Alliette Alline Allinson Allisa Allisen Allisha Allisone " +
  "Allissia Allisson Allisyn Allivia Alliya Alliyah Allize Allizon Allizzon Allona Allonah " +
  "Allora Allory Allura Allya Allyah Allyana Allyanna Allycia Allye Allyha Allyiah Allyna " +
  "Allyriane Allysa Allyse Allysen Allysha Allysia Allyssa Allyssah Allyssia Allysson Allysyn " +
  "Allyzon Almadelia Almah Almaide Almas Almass Almasse Almaz Almedina Almendra Almerinda " +
  "Almila Almina Almudena Alna Alnisa Alodie Alohilani Aloma Alona Alonah Alonda Alondra Aloni " +
  "Alonna Alonnah Alora Alorah Aloura Aloy Aloyse Alphee Alphena Alphonsa Alphonsia Alphonsina " +
  "Alphonsine Alsace Alsira Alta Altagracia Altea Altina Aluna Alura Alvana Alvarina Alvyna " +
  "Alwen Alwena Alwenn Alwenna Alwia Alwine Alyaa Alyaah Alyah Alyana Alyanah Alyanna Alycea " +
  "Alydia Alyena Alyette Alyha Alyia Alyiah Alyiana Alyissa Alyla Alyma Alyn Alyna Alynah " +
  "Alyncia Alyne Alynn Alynna Alynnah Alyona Alyra Alyria Alyric Alysah Alysandra Alyscia " +
  "Alysea Alysee Alysen Alysha Alyshia Alysiah Alysiana Alysone Alysonn Alyssabeth Alyssah " +
  "Alyssamarie Alyssandra Alyssandre Alysse Alyssia Alysson Alyssone Alyvia Alyviah Alyx " +
  "Alyxandra Alyxandria Alyxe Alyxia Alyxis Alyza Alyzabeth Alyzae Alyzah Alyze Alyzea Alyzee " +
  "Alyzia Alyzon Alyzza Alzina Alzira Alzire Ama Amaal Amaani Amabile Amable Amada Amadea " +
  "Amadora Amae Amael Amaelle Amaelys Amagoia Amahni Amahri Amai Amaiah Amairani Amairany " +
  "Amaiya Amaiyah Amal Amala Amale Amali Amaliya Amalur Amalya Amalyah Amalys Amana Amanallah " +
  "Amance Amancia Amandah Amande Amandeep Amandina Amandine Amandyne Amane Amanee Amani Amanie " +
  "Amanii Amanthe Amantine Amany Amanza Amapola Amarachi Amarae Amarah Amarande Amaranta " +
  "Amarante Amaranthe Amarea Amarelis Amarely Amarelys Amareya Amaria Amariah Amariana " +
  "Amarianna Amarie Amariea Amarilis Amarilys Amarina Amarine Amariona Amarionna Amaris " +
  "Amarisa Amarise Amarissa Amariya Amariyah Amariyana Amariz Amarra Amarya Amaryah Amaryia " +
  "Amarylis Amarys Amatallah Amatoullah Amatullah Amaura Amauria Amauriah Amaurine Amauryne " +
  "Amaya Amayah Amayel Amayelle Amayia Amayiah Amayra Amayrani Amayrany Amazin Amazone Amazyn " +
  "Ambainesh Ambar Ambeline Amberlee Amberleigh Amberley Amberli Amberlie Amberlin Amberlyn " +
  "Amberlynn Amberrose Ambeta Ambika Ambra Ambre Ambrea Ambreal Ambree Ambreen Ambrey Ambri " +
  "Ambria Ambriah Ambrie Ambriel Ambriella Ambrielle Ambrine Ambroise Ambroisine Ambry Ambryne " +
  "Ambyr Amea Ameah Amedea Amedee Amedine Amee Ameena Ameenah Ameera Ameerah Ameeria Ameia " +
  "Ameila Ameilia Ameira Ameirah Amela Amele Ameli Ameliah Ameliana Ameliane Ameliya Ameliyah " +
  "Amell Amelle Amellia Amellya Amely Amelya Amelyah Amelyne Amelys Amena Amenah Amenan " +
  "Amenata Amendine Ameni Amenie Amenis Amera Amerah Ameria Ameriah Ameriana Americus Amerie " +
  "Amerika Ameris Ameriya Ameriyah Amerra Amethys Amethyste Ameya Ameyah Amia Amiah Amiaya " +
  "Amica Amicie Amida Amiee Amiela Amiera Amierah Amija Amijah Amika Amila Amilah Amilea " +
  "Amilee Amiley Amilian Amiliana Amilleon Amillia Amillian Amilliana Amillion Amillya Amily " +
  "Amilya Amilyah Amilyn Aminah Aminat Aminatou Amineta Aminta Aminthe Amira Amiracle Amirah " +
  "Amiree Amiria Amirra Amirrah Amiryah Amisa Amisadai Amisaday Amisha Amishi Amita Amiya " +
  "Amiyah Amla Amma Ammara Ammaria Ammarie Amme Ammel Ammerie Ammi Ammie Ammy Amna Amnah " +
  "Amneet Amolika Amoni Amonie Amonni Amorah Amore Amoree Amorette Amoria Amorie Amorine " +
  "Amoura Amoya Amparo Amra Amreen Amrie Amriel Amrine Amrita Amritha Amrutha Amryn Amsatou " +
  "Amsi Amulya Amunique Amya Amyah Amycie Amyia Amyiah Amyla Amylah Amylee Amylia Amylynn " +
  "Amyna Amynata Amyra Amyracle Amyrah Amyree Amyri Amyria Amyriah Amyrie Amytis Anaaya Anab " +
  "Anabela Anabele Anabell Anabeth Anabia Anacamila Anacaren Anacarolina Anaclara Anacleta " +
  "Anacristina Anadalay Anadelia Anadia Anae Anaee Anael Anaele Anaeli Anaell Anaella Anaelle " +
  "Anagabriela Anagha Anah Anahe Anahi Anahid Anahide Anahis Anahit Anahita Anahla Anahli " +
  "Anahly Anahy Anai Anaia Anaiah Anaick Anaid Anaide Anaig Anaih Anaija Anaijah Anaik Anaika " +
  "Anailah Anaili Anaira Anairis Anais Anaisa Anaisabel Anaise Anaisha Anaissa Anaisse Anaita " +
  "Anaiya Anaiyah Anaiz Anaja Anajah Anajulia Anaka Anakaren Anala Analaura Analea Analeah " +
  "Analee Analeese Analei Analeigh Analeigha Analeise Analena Analese Anali Analia Analiah " +
  "Analice Analicia Analie Analilia Analina Analine Analis Analisa Analisia Analissa Analisse " +
  "Analiyah Analiz Analiza Analize Analleli Anallely Analou Analucia Analuisa Analuiza Analy " +
  "Analya Analyah Analyce Analycia Analyn Analyne Analynn Analys Analysa Analysia Analyssa " +
  "Analysse Anam Anamari Anamarie Anamika Ananda Anandi Anane Anani Ananiah Ananya Anapaola " +
  "Anapatricia Anapaula Anara Anareli Anarely Anari Anaria Anariah Anarie Anarosa Anarose " +
  "Anaroze Anasha Anasia Anasofia Anasophia Anastacia Anastasha Anastashia Anastasiia " +
  "Anastasiya Anastasya Anastaysia Anastazia Anastazja Anasthasia Anasthasie Anastin Anastyn " +
  "Anatalia Anatalie Anath Anathalie Anathilde Anatoline Anavai Anavel Anavi Anavictoria Anay " +
  "Anayah Anayeli Anayelli Anayely Anayha Anayi Anayia Anayiah Anayla Anays Anaysha Anayshia " +
  "Anaysia Anberlin Anca Anceline Ancolie Ancuta Anda Andalasia Andalyn Ande Andelyn Andere " +
  "Andgel Andgelina Andgie Andgy Andhree Andia Andilyn Andjali Andjaly Andjelina Andjouza Ando " +
  "Andoche Andora Andrada Andralyn Andraya Andreah Andreane Andreanna Andreanne Andreea " +
  "Andreia Andreina Andreline Andresa Andrese Andresia Andresine Andressa Andrette Andreya " +
  "Andreyah Andreze Andrianna Andriea Andrielle Andrienne Andrijana Andrina Andrine Andrise " +
  "Andromeda Andrya Anea Anecia Anee Aneesa Aneesah Aneesha Anefel Aneila Aneira Aneisa " +
  "Aneisha Aneka Anel Anela Aneli Anelia Anelie Aneliese Aneline Anelis Anelise Anelisse " +
  "Aneliya Aneliz Anella Anelle Anelly Anely Anelya Anelyne Anelys Anelyse Aneres Aneri Anesa " +
  "Anesha Anesia Anesie Anessa Anessia Aneth Aneu Anevay Aneya Aneyah Anfaal Anfal Anfale " +
  "Anfel Anfelle Anfia Anfina Angalina Angelea Angeleah Angelee Angeleen Angeleena Angeleigh " +
  "Angelena Angelene Angeles Angelese Angeliah Angelice Angelicia Angelick Angelie Angeliese " +
  "Angelik Angeliki Angelinah Angelines Angelinne Angeliqua Angelisa Angelise Angelissa " +
  "Angelisse Angeliyah Angeliz Angelize Angell Angella Angellee Angelli Angellie Angellina " +
  "Angelline Angelly Angellynn Angelmarie Angely Angelyn Angelyna Angelyne Angelynn Angelynne " +
  "Angelys Angelyse Angelyssa Angenie Anges Anggun Angharad Anghjula Anghjulina Angielina " +
  "Angilee Angiolina Anguelina Angustias Anh Anhar Aniah Aniana Aniaya Aniayah Anic Anice " +
  "Anicee Anicet Aniceta Anicette Anicha Anicia Anick Anida Anie Aniece Aniela Aniele Aniella " +
  "Anielle Aniesa Aniesha Anieya Anieyah Anifa Anihya Aniiya Aniiyah Anija Anijah Anijha " +
  "Anikah Anike Anikka Anila Anilah Anilya Anina Anique Anira Anirah Anisah Anisha Anishka " +
  "Anisia Anisoara Anissah Anissati Anissia Anissya Anisten Aniston Anisty Anistyn Anite " +
  "Anitha Anitta Anivea Aniya Aniyah Aniyan Aniyha Aniyia Aniyiah Aniyjah Aniyla Aniylah Aniza " +
  "Anjalee Anjali Anjalie Anjalina Anjaly Anjana Anjanae Anjani Anjara Anjelia Anjelika " +
  "Anjelina Anjelique Anjelita Anjelyn Anjette Anjie Anjolaoluwa Anjoli Anjolie Anjolina Anju " +
  "Anjuli Anjuscha Anjutha Anka Anke Ankea Ankita Anlia Anliati Anmarie Annabele Annabeth " +
  "Annacarolina Annacatherine Annachiara Annaclaire Annaclara Annae Annael Annaele Annaelle " +
  "Annagail Annagiulia Annagrace Annagrazia Annah Annahi Annai Annaic Annaick Annaig Annaik " +
  "Annais Annajulia Annaka Annakaren Annakate Annalaura Annalea Annaleah Annalease Annalecia " +
  "Annaleece Annaleese Annalei Annaleia Annaleigh Annaleigha Annaleise Annalena Annalese " +
  "Annali Annalia Annalicia Annalie Annalina Annaline Annalis Annalisia Annalissa Annalisse " +
  "Annaliyah Annaliz Annaliza Annalize Annalucia Annaluisa Annaluiza Annaluna Annaly Annalya " +
  "Annalyce Annalycia Annalyn Annalyne Annalynn Annalys Annalysa Annalyse Annalysia Annalyssa " +
  "Annalysse Annamae Annamay Annamria Annapaola Annapia Annarita Annarosa Annarose Annasofia " +
  "Annasophia Annastacia Annastasia Annastazia Annaston Annastyn Annavictoria Annaya Annayah " +
  "Anndee Annea Annebelle Annecie Annecke Annecy Annegret Anneka Anneke Annel Annelaure Anneli " +
  "Annelie Annelies Anneline Annelisse Anneliz Annella Annelle Annelore Annely Annelyne " +
  "Annelyse Annemie Annerose Annesophie Annessa Anneth Anney Annia Anniah Annibelle Annic " +
  "Annica Annicette Annicia Annick Annicka Annicke Anniella Annielle Annik Annikah Annikka " +
  "Annily Annina Annine Annique Annisa Annise Anniston Annistyn Annita Anniya Anniyah Annlis " +
  "Annlyse Annmary Annoncia Annonciade Annonciat Annonciata Annonciate Annonciation Annouchka " +
  "Annouck Annouk Annslee Annsleigh Annsley Annunciata Annunziata Annwen Annwenn Annya Annyah " +
  "Annyck Annyssa Annyvonne Anola Anonyme Anora Anouch Anoucha Anouche Anouchka Anouck Anouk " +
  "Anoush Anousha Anoushka Anouska Anousone Anqi Anrafa Ansam Anselme Ansha Anshi Anshika " +
  "Anslee Ansleigh Anslie Antanasia Antania Antaniya Antaniyah Antara Antasia Antea " +
  "Anthelmette Anthelmine Anthinea Anthonella Anthonia Anthynea Antia Antide Antigone Antinea " +
  "Antionette Antje Antoaneta Antoinetta Antoinise Antolina Antonela Antonette Antoniah " +
  "Antonieta Antonine Antonique Antonita Antonnella Antonya Antsa Antwanette Antwonette Anu " +
  "Anuhea Anuhya Anulawathie Anum Anuncia Anunciacion Anuoluwa Anuoluwapo Anureet Anuschka " +
  "Anusha Anushka Anushree Anushri Anuska Anuta Anuva Anvi Anvika Anvita Anvitha Anwaar Anwen " +
  "Anwesha Anwita Anwitha Anxela Anyae Anyah Anycha Anycia Anye Anyeli Anyelin Anyelina Anyely " +
  "Anyi Anyia Anyiah Anyicha Anyjah Anyjha Anyla Anylah Anyri Anysa Anyse Anysha Anysia Anyssa " +
  "Anyssia Anyta Anyvonne Anzhela Anzhelika Anziza Anzley Aodrenn Aoife Aoitef Aoitif Aoki " +
  "Aolani Aolanis Aona Aonesty Aoua Aouali Aouatef Aouatif Aouda Aouicha Aouregan Aourell " +
  "Aparna Apauline Aphelie Aphrodite Apie Apo Apoline Apollina Apollinaire Apolline Apollonia " +
  "Apollonie Apollyne Apolonia Apolonie Apolyne Aponi Apphia Appolina Appolinaire Appoline " +
  "Appolline Appollonie Appolonie Appolyne Aprile Apryl Apurva Aqsa Aquila Aquilina Aquinnah " +
  "Aquira Araba Araceli Aracelia Aracelie Aracelis Aracelli Aracelly Aracely Aradia Araeya " +
  "Arafa Arah Arai Araia Araina Araitz Araiyah Arali Araly Aralyn Aralynn Aralynne Aramata " +
  "Aramatou Arami Arancha Arane Arani Arantxa Arantza Arantzazu Aranza Aranzazu Araseli " +
  "Arasely Araya Arayah Arayia Arayla Arayna Arbay Arbia Arcadia Arcangela Arcelia Archana " +
  "Archange Archangele Archisha Archita Ardiana Ardyn Areana Areanna Areeba Areebah Areej " +
  "Areil Areionna Areli Arelie Arelis Arella Arelly Arely Arelys Aremy Arene Areona Areonna " +
  "Areti Areya Areyana Areyanna Arfa Argane Argelia Argelina Argimira Argine Argitxu Arhane " +
  "Arhiana Arhianna Ariadna Ariah Ariahna Arial Ariam Arianah Ariane Ariani Arianis Ariann " +
  "Ariannah Arianni Ariannie Arianny Ariany Ariatna Ariauna Ariaunna Ariba Aribah Aribella " +
  "Arica Aricela Aricella Aricely Aricia Aricie Aricka Ariday Aridj Arieal Arieana Arieanna " +
  "Arielis Ariell Ariely Arielys Arienna Arieona Arieonna Arieyana Arieyanna Arifa Arife Arige " +
  "Arihana Arihanna Arij Arijana Arije Arika Arilyn Arilynn Arina Arinas Arine Ariona Arionna " +
  "Arionne Arisa Arisbel Arisbeth Arisha Arissa Aristea Aritzy Ariya Ariyah Ariyahna Ariyana " +
  "Ariyanah Ariyanna Ariyannah Ariyon Ariyona Ariyonna Ariza Arizbeth Arja Arjana Arjin Arkia " +
  "Arla Arleigh Arleni Arleny Arlet Arlete Arleth Arlett Arletty Arlynn Armance Armanda " +
  "Armande Armandina Armandine Armanie Armante Armantine Armela Armele Armelia Armeline " +
  "Armelle Armentine Armida Armide Armildez Armina Arminda Armine Armita Armonee Armoni " +
  "Armonia Armonie Armony Armya Arna Arnaude Arnela Aroa Arora Aroua Arouny Aroura Aroush " +
  "Aroussia Arrate Arrayah Arriah Arriana Arrianna Arrie Arriel Arrielle Arrion Arriona " +
  "Arrionna Arriyana Arriyanna Arryana Arryanna Arseline Arsema Arsena Arsene Arsenia Arsenie " +
  "Arshia Arshiya Arsinoe Arta Artasia Artavia Artemia Artemise Arthemise Arthi Arthika " +
  "Arthuria Arthurine Arthy Artina Aruna Arunima Arushi Arwa Arwen Arwenn Arwyn Arya Aryaa " +
  "Aryah Aryahi Aryahna Aryam Aryana Aryanah Aryane Aryani Aryann Aryanna Aryannah Aryel " +
  "Aryella Aryelle Aryem Aryhanna Aryia Aryiah Aryiana Aryianna Arynn Aryona Aryonna Aryssa " +
  "Arzhela Arzhelenn Arzu Asaliah Asani Asanti Asceline Ascencion Ascension Aschley Aseel Asel " +
  "Asela Aselya Asena Ashana Ashani Ashanna Ashanta Ashante Ashanty Ashara Ashari Asharia " +
  "Asharie Ashaunti Ashawna Ashawnti Ashay Ashaya Ashayla Ashe Asheley Ashelyn Ashelynn Ashika " +
  "Ashima Ashira Ashita Ashiya Ashiyah Ashland Ashlea Ashleen Ashlei Ashleymarie Ashleyn " +
  "Ashliegh Ashling Ashlinn Ashlley Ashlye Ashlynd Ashlyne Ashlynn Ashlynne Ashmi Ashmitha " +
  "Ashna Ashni Ashrita Ashritha Ashtyn Ashtynn Ashunti Ashvika Ashvina Ashvini Ashwika Ashwini " +
  "Ashya Ashyah Ashyia Ashyla Ashyra Asia Asiah Asiana Asianae Asianna Asijah Asil Asima " +
  "Asinat Asira Asiyah Asiye Asjah Askaletch Asley Asli Aslihan Aslin Asline Aslyn Aslynn Asma " +
  "Asmaa Asmae Asmah Asmahan Asmahane Asmaou Asmara Asmi Asmin Asmina Asmine Asmitha Asna " +
  "Asnath Asnia Aspasie Aspyn Aspynn Asra Asrar Assa Assah Assal Assala Assana Assanatou " +
  "Assata Assatou Assena Asseta Assetou Assia Assiah Assiat Assiata Assiati Assiatou Assiba " +
  "Assietou Assila Assile Assima Assimina Assina Assinat Assinate Assinet Assita Assitan " +
  "Assiya Assiyah Assma Assmaa Assmae Assna Assomption Assumpcio Assumpta Assunta Assuntela " +
  "Assuntina Assya Assyah Assyia Assyl Assyle Assyria Asta Astan Astara Astaria Astel Asterie " +
  "Astha Astoria Astou Astrea Astree Astrig Astrik Astryd Asucena Asude Asuka Asul Asuman " +
  "Asuna Asuncion Asusena Asvika Asvini Asya Asyah Asyria Atalante Atalaya Atalia Atalie " +
  "Atalya Atanasia Atara Atavia Atea Atena Atenea Athalia Athaliah Athalie Athanais Athanaise " +
  "Athanase Athanasia Athanasie Athea Atheena Athenais Athenaise Athenea Athia Athina Athyna " +
  "Athziri Athziry Atia Atiana Atianna Atifa Atika Atina Atira Atiya Atiyah Atiyana Atlanta " +
  "Atlantis Atleigh Atouma Atoumata Attale Atteneri Attia Attika Attilia Attison Atziri Atziry " +
  "Auba Aubane Aubanne Aubeline Auberi Auberie Auberte Aubertine Aubery Aubierge Aubre Aubrea " +
  "Aubreana Aubreanna Aubrei Aubreigh Aubreonna Aubreyana Aubreyann Aubreyanna Aubri Aubria " +
  "Aubriana Aubriann Aubrianna Aubrianne Aubrieanna Aubriee Aubriegh Aubriel Aubriella " +
  "Aubrielle Aubrin Aubrina Aubriona Aubrionna Aubryana Aubryanna Aubrye Aubryn Aubrynn " +
  "Auceane Aude Audelia Audelie Audelina Audeline Audessa Audette Audia Audiana Audianna " +
  "Audray Audrea Audreana Audreanna Audree Audreena Audren Audrena Audrene Audrenn Audreyana " +
  "Audreyanna Audria Audriana Audrianna Audriena Audrienne Audrina Audrinah Audrine Audrinna " +
  "Audryana Audryanna Audryna Aujanae Aulani Aulde Aulelei Aulona Auna Aundraya Aundreya " +
  "Aundria Aunesti Aunesty Aunica Aunika Aunisty Aunna Aunya Auphelie Aurane Auranne Aure " +
  "Aureane Aureanne Auregan Auregane Auregann Aurela Aurelane Aurele Aureliana Aureliane " +
  "Aurelienne Aureline Aurella Aurelle Aurely Aurelya Aurelyne Aurette Auri Auriana Auriane " +
  "Aurianna Aurianne Aurica Aurida Auriella Aurielle Aurine Auristelle Aurita Aurlane Aurorah " +
  "Auryana Auryane Ausha Ausilia Austynn Autiana Automne Autum Autumnrose Autymn Auxana Auxane " +
  "Auxanne Auxence Auxilia Auxiliadora Avabella Avaclaire Avaeh Avagrace Avah Avala Avalee " +
  "Avaleigh Avaley Avalin Avalina Avaline Avalon Avalyn Avalynn Avalynne Avamae Avamarie Avana " +
  "Avangelina Avangeline Avani Avanna Avannah Avanni Avantika Avaree Avarey Avari Avarie " +
  "Avarose Avary Avasophia Avaya Avayah Ave Avea Aveah Avee Aveena Avelina Avelyn Avelyne " +
  "Avelynn Aventine Averee Averey Averi Averiana Averianna Averie Averly Averyana Averyanna " +
  "Averyonna Avesta Avey Aveya Aveyah Avia Aviah Aviana Avianah Aviance Avianna Aviannah Avida " +
  "Aviela Aviella Avielle Aviendha Avigael Avigaelle Avigayil Avila Avilene Avina Avine Aviona " +
  "Avionna Avis Avishi Avit Avital Avite Aviya Aviyana Aviyanna Avleen Avneet Avona Avonlea " +
  "Avonna Avory Avree Avri Avriana Avrianna Avrie Avriel Avrielle Avril Avrile Avrillette " +
  "Avryl Avsin Avyana Avyanna Avyonna Avzem Awatef Awatif Awbree Awen Awena Awenn Awenna Axele " +
  "Axelia Axeline Axellane Axelle Axiane Ayaa Ayaana Ayaat Ayada Ayahna Ayak Ayaka Ayako Ayala " +
  "Ayame Ayanah Ayane Ayannah Ayanne Ayanni Ayano Ayari Ayasha Ayat Ayate Ayatte Ayauna Aybuke " +
  "Ayca Aycan Aycha Ayda Aydah Ayde Aydee Aydelis Aydeliz Aydenne Aydia Aydrie Aye Ayele " +
  "Ayelen Ayelet Ayelin Ayem Ayerim Ayet Ayette Ayfer Aygline Aygul Ayia Ayiana Ayianna Ayina " +
  "Ayisha Ayjah Ayla Aylah Aylana Aylani Ayleah Aylee Ayleen Aylen Aylene Ayleth Ayli Aylia " +
  "Ayliah Aylie Aylina Ayline Aylinn Aylis Aylissa Ayliz Aylla Aylyn Ayma Aymara Aymee " +
  "Aymeline Aymie Aymira Aymone Ayna Aynah Aynara Ayni Ayniah Aynna Aynslee Aynsley Aynur Ayo " +
  "Ayoki Ayoko Ayona Ayonna Ayooluwa Ayra Ayrabella Ayram Ayriana Ayrianna Ayriel Ayris Aysa " +
  "Aysegul Aysem Aysen Aysenur Aysha Ayshia Aysia Aysiah Aysima Ayslin Ayssa Ayssata Aysu " +
  "Aysun Ayten Ayumi Ayuna Ayushi Ayva Ayvah Ayvi Ayvie Ayvree Ayza Ayzia Aza Azadeh Azahar " +
  "Azahara Azahria Azaira Azalais Azaleah Azalee Azalia Azaliah Azaline Azalyn Azalynn Azalys " +
  "Azana Azani Azania Azara Azarah Azarea Azareya Azari Azaria Azariah Azarie Azariya Azariyah " +
  "Azarria Azarriah Azarya Azaryah Azaya Azayla Azaylia Azelia Azelice Azelie Azeline Azelle " +
  "Azelma Azelya Azelyn Azelynn Azelys Azema Azemia Azeneth Azenor Azera Azeria Azeriah " +
  "Azharia Azhia Azia Aziah Azilis Aziliz Azilys Azime Azion Azira Azirah Aziya Aziyade Aziyah " +
  "Aziza Azizah Azize Azka Azlin Azlyn Azlynn Azna Azoria Azou Azranur Azriela Azriella " +
  "Azrielle Azucena Azul Azumi Azur Azura Azuri Azusena Azya Azyah Azyiah Azylis Azyria " +
  "Azyriah Azza Azzareya Azzaria Azziza Azzura Azzure Azzurra Babeth Babetta Babsi Babygirl " +
  "Babylas Bachira Bachra Badia Badiaa Badiallo Badiha Badira Badra Badria Baelee Baeleigh " +
  "Baeley Baeli Baelie Baetrice Bahar Bahati Bahia Bahija Bahiya Bahja Bahria Bahya Baia " +
  "Bailea Bailei Baileigh Baili Bailynn Bajramsa Bakhta Bakta Balbina Balbine Baldomera " +
  "Baleigh Baleria Baley Bali Balie Balkis Balkiss Balma Balqis Baltasara Bamba Bambou Bana " +
  "Banatou Banel Banesa Banessa Bania Banna Bano Banu Baptistine Barakah Barberine Barbie " +
  "Barbla Barbli Barbro Bariah Barisa Bariza Barka Barkahoum Barnabee Barta Bartha Barthelemy " +
  "Bartolina Basak Basha Basilia Basilide Basilie Basiline Basilisa Basilisse Basma Basmala " +
  "Bassa Bassheva Bassima Bassira Bassma Bastienne Basya Batcheva Batel Bathilde Batia Batool " +
  "Batoul Batoule Batouli Batourou Batul Batya Bayan Bayane Baye Bayen Bayene Bayla Bayle " +
  "Baylea Baylee Baylei Bayleigh Bayley Bayli Baylie Bayly Baylyn Baylynn Bazile Bazilia Beata " +
  "Beate Beatric Beatris Beatriu Beautifull Bedia Bedra Begona Behija Behiye Beija Beila Bejna " +
  "Bekah Bekhta Bekka Bela Belanna Belarmina Belem Belen Belfin Belgin Belina Beline Beliz " +
  "Belkis Belkiss Belkiz Belkys Bella Bellagrace Bellah Bellamarie Bellamia Bellamy Bellarae " +
  "Bellarose Bellatrix Bellinda Belma Belmira Belqis Belsem Belynda Benedicte Benedikte " +
  "Benedita Benedite Benedith Beni Benicia Benie Benigna Benigne Benilde Benjamina Benna " +
  "Beonca Berangere Bercem Beren Berengere Berenise Berenyce Berfin Berfine Bergamote Bergit " +
  "Beria Beril Berin Beritan Berivan Beriza Berkeley Berklee Berkleigh Berklie Berlin Berline " +
  "Berlyn Berlynn Bernabela Bernadin Bernarda Bernarde Bernardette Bernharda Bernhardine " +
  "Berniece Berouria Berra Berrin Berthea Bertheline Berthilde Berthile Berthilie Berthille " +
  "Berthina Berthine Bertilde Bertile Bertille Bertrande Bertrane Bertrud Besa Besan Besma " +
  "Besmala Bessma Beste Betania Betanie Betanya Bethan Bethaney Bethani Bethania Bethann " +
  "Bethlehem Bethsabee Bethsaida Bethy Bethzy Beti Betina Betsabe Betsaida Bettyann Bettyna " +
  "Betul Bety Betzabel Betzabeth Betzaida Betzaira Betzayda Betzayra Betzi Betzy Beverlyn Beya " +
  "Beyda Beyene Beyhan Beyla Beyonca Beyonce Beyza Beyzanur Beza Bezunesh Bhargavi Bhavana " +
  "Bhavi Bhavya Bia Biana Biancamaria Bianey Bianna Bianney Biatriz Biba Bibiana Bibiane Bich " +
  "Bichara Bidia Bielka Bienaimee Bienvenida Bienvenue Biggi Biliana Bilitis Bilitys Bilkis " +
  "Bilkiss Bilqis Bilyana Bina Binah Bindi Bineta Binetou Binnaz Binta Binti Bintily Binty " +
  "Bionca Bircan Birgid Birgita Birgitte Birgul Biridiana Birsen Birte Bisma Bissan Bissane " +
  "Bissen Bitanya Bitia Bitou Bitya Biviana Blaisine Blakeleigh Blakely Blakelyn Blakley " +
  "Blanchette Blandina Blandine Blanka Blasa Blasina Blau Bleona Blerina Blerta Blessen " +
  "Blessin Blessyn Bleuen Bleuene Bleuenn Bleuette Bleunvenn Bleunwenn Bleuwenn Blima Blimi " +
  "Blimie Blimy Blissany Blondine Blouma Blu Bluenn Bluette Bluma Bobbiejo Bochra Boey " +
  "Bogumila Bojana Boleslawa Bonaventure Bonco Bonie Bonifacia Bonko Bonne Bopha Bostyn " +
  "Bouchara Bouchera Bouchra Boudour Boudy Bountouraby Bousso Boutaina Boutayna Bouthaina " +
  "Bouthayna Boutheina Boye Boyi Bozena Bracelyn Bracha Bracie Bradee Bradi Bradie Bradleigh " +
  "Braelee Braeleigh Braeley Braeli Braely Braelyn Braelynn Braelynne Braha Brailee Braileigh " +
  "Brailey Braily Brailyn Brailynn Bralee Braleigh Braley Bralynn Branae Branca Branda " +
  "Brandalyn Brandee Brandii Brandis Braniah Braniya Braniyah Branka Branna Branwen Branya " +
  "Braulia Braya Brayah Brayana Brayanna Braydee Braydi Brayla Braylea Braylee Brayleigh " +
  "Brayley Brayli Braylie Braylinn Braylyn Braylynn Bre Brea Breah Breahna Breaja Breajah " +
  "Brealyn Brealynn Breana Breanah Breann Breannah Breasia Breauna Breaunna Breawna Brecklyn " +
  "Brecklynn Breckyn Breea Breean Breeana Breeann Breeanna Breeanne Breeleigh Breeley Breelle " +
  "Breely Breelyn Breelynn Breeona Breez Breezie Brehanna Brei Breia Breiana Breianna Breigh " +
  "Breindel Breindy Breionna Breklyn Brekyn Brelee Breleigh Brelyn Brelynn Brenae Brendalee " +
  "Brendalyn Brendy Breniya Breniyah Brenlee Brenleigh Brenley Brenli Brenlie Brenly Brenlyn " +
  "Brennah Brennyn Brentlee Brenya Breona Breonah Breonna Breshawna Bresil Bresilia Breslyn " +
  "Breslynn Breuna Breunna Breya Breyana Breyanna Breyona Breyonna Brezlyn Bri Briah Briahna " +
  "Briahnna Briajah Brianah Brianca Brianda Briane Briannah Brianni Briannon Brianny Briany " +
  "Briara Briasia Briauna Briaunna Briceida Briceyda Bricia Bridgid Bridgit Bridgitte Brie " +
  "Brieana Brieann Brieanna Briel Briele Brielee Briell Briella Brielle Brielynn Brienna " +
  "Brienne Brieonna Brigett Brigette Brighid Brigide Brigite Brigitt Brihana Brihanna Brilee " +
  "Brileigh Briley Brilyn Brilynn Brin Brinae Brinda Brindley Briniya Brinklee Brinkley " +
  "Brinlee Brinleigh Brinley Brinlie Brinly Brinlyn Brinnley Brinsley Briona Brionna Brisa " +
  "Briseida Briseidy Briseis Briselda Briseyda Brisia Brisny Brissa Brisseida Brissia Bristol " +
  "Bristyn Britani Britanie Britanny Britany Brithany Brithney Britlee Britlyn Britnee Britny " +
  "Brittanie Brittanny Britthany Brittin Brittlyn Brittnee Brittyn Brityn Britzel Britzy Briya " +
  "Briyah Briyana Briyanna Briyona Briyonna Briza Brizeida Brizeyda Brizia Brizzia Brocha " +
  "Bronislawa Bronte Bronwen Brookelin Brookelle Brookelyn Brookelynn Brookelynne Brooklan " +
  "Brooklee Brooklen Brookley Brooklin Brooklinn Brooklyn Brooklyne Brooklynn Brooklynne " +
  "Brucha Bruchy Brume Bruna Brunaelle Brune Brunehilde Brunella Brunelle Brunetta Brunhild " +
  "Bruni Brunilde Brunislawa Brunissende Bruyere Brya Bryah Bryanah Bryanda Bryannah Bryanne " +
  "Brycelyn Brycelynn Bryelle Bryhanna Brylea Brylee Brylei Bryleigh Bryley Bryli Brylie " +
  "Brylin Brylyn Brylynn Brynja Brynlee Brynlei Brynleigh Brynley Brynli Brynlie Brynnan " +
  "Brynnen Brynnlee Brynnleigh Brynnley Brynnlie Brynnly Bryona Bryonna Bryseida Bryssa " +
  "Brystal Brystol Brytanie Btisam Btisame Btissam Btissame Btissem Buenaventura Buglem Buket " +
  "Bulle Burcin Burcu Buse Bushra Busra Byanca Byanka Byata Bzunesh Cacee Cacilda Cadance " +
  "Cadee Cadey Cadi Cadia Cadie Cadience Cadince Cady Cadynce Caecilia Caedence Caela Caeleigh " +
  "Caeley Caeli Caelia Caelie Caely Caelyn Caelynn Caera Caetlyn Cagla Cahina Caia Caidance " +
  "Caidence Caidynce Caila Cailah Cailee Caileigh Cailey Caili Cailie Cailin Cailyn Cailynn " +
  "Caina Caiqin Caira Caissy Cait Caitlan Caitleen Caitlen Caitline Caitlyne Caitlynn " +
  "Caitlynne Caitriona Caiya Cala Calah Calais Calandra Calaya Calayah Calea Caleah Caledonia " +
  "Calee Calei Caleigh Caleigha Caley Cali Calia Caliah Caliana Caliann Calianna Calianne " +
  "Calice Calicia Calie Caliegh Calina Caline Calis Calise Calissa Calisse Calissy Caliste " +
  "Calixta Calixte Calixtine Caliya Caliyah Callaway Calle Callee Calleigh Callia Calliah " +
  "Calliana Callieann Calliegh Calliope Calliopee Callista Calliste Callistine Callisto " +
  "Callixte Callyn Callysta Calogera Caly Calya Calyn Calynn Calys Calyse Calyssa Calysse " +
  "Calyssia Calysta Camani Camara Camaria Camariah Camarie Camariyah Camaya Cambell Cambelle " +
  "Cambrea Cambree Cambrey Cambri Cambriah Cambrie Cambrielle Cambry Cambrya Cambryn Camdyn " +
  "Camdynn Camela Cameline Camelya Camerone Cameryn Camia Camiah Camie Camielle Camilah " +
  "Camilia Camillette Camillia Camillya Camilya Camino Camira Camirah Camiya Camiyah Camora " +
  "Camorah Camori Camorra Campbell Camree Camri Camrie Camry Camryn Camrynn Camy Camya Camyia " +
  "Camyiah Camyla Camylia Camylle Camyra Cana Canan Candance Candelaria Candelas Candence " +
  "Candyce Candylene Candys Candysse Canelle Caniya Caniyah Cannelle Cansel Cansu Canya " +
  "Caoilainn Caoilinn Caoimhe Capilla Cappucine Capri Capucine Capucyne Carabella Caragh Carah " +
  "Caralee Caralena Caralina Caraline Caralyn Caralynn Caramia Cardyn Careena Carel Carele " +
  "Carelle Carely Carene Carenne Cariah Cariana Carianna Caridad Caridee Carigan Carima " +
  "Carinna Carinne Caris Carisa Carisma Cariss Carizma Carlane Carlasia Carlea Carlei Carleigh " +
  "Carlena Carlesia Carli Carlia Carlianne Carlicia Carlisa Carlise Carlisle Carlissa Carliyah " +
  "Carlyann Carlyne Carman Carme Carmele Carmelie Carmeline Carmene Carmenza Carmilla Carminda " +
  "Carmindy Carmya Carmyn Carolane Carolanne Caroleena Carolena Carolie Caroll Carolle " +
  "Carolyna Carra Carrah Carrera Carriana Carrieann Carrieanne Carrigan Carrine Carrington " +
  "Carrisa Carsyn Carynn Carys Caryss Caryssa Caselyn Casha Cashlyn Casia Casidee Casidy " +
  "Casilda Casilde Casimiera Casimira Casimire Casondra Cassady Cassara Cassendra Cassendre " +
  "Cassiana Cassiane Cassidee Cassidey Cassidi Cassidie Cassilda Cassilde Cassilia Cassiopee " +
  "Cassis Cassya Cassydie Cassylia Castille Castora Catalena Cataleya Catalia Catalina " +
  "Cataline Cataliya Catalya Catalyna Catelin Cateline Catelyn Catelynn Caterin Caterine " +
  "Cathaleya Cathalina Cathalya Cathaysa Cathel Catheline Cathelyne Catherinette Catheryn " +
  "Catheryne Cathia Cathiana Cathline Cathlyn Cathlyne Cathya Cathyline Catia Catiana Catilyn " +
  "Catleen Catleya Catline Catlyn Catlynn Catori Catrice Catrin Catrine Cattaleya Catuxa Catya " +
  "Causette Caya Caycee Caydance Caydee Caydence Caydince Cayetana Caylah Caylan Caylea Caylee " +
  "Cayleigh Caylen Cayley Cayli Caylie Caylin Caylyn Caylynn Cayssie Caytlen Caytlin Caytlyn " +
  "Ceaira Ceairra Ceana Ceane Ceanna Ceara Ceasia Ceazia Ceceilia Ceciliane Cecilie Ceciline " +
  "Cecille Cecillia Cecilya Cecy Cecyle Cecylia Cedella Cedia Cedra Cedria Cedrina Cedrine " +
  "Ceferina Cefora Ceili Ceira Celanie Celedonia Celena Celenia Celenie Celenya Celerina " +
  "Celerine Celes Celest Celhia Celiana Celiane Celianne Celice Celicia Celima Celimene " +
  "Celinie Celise Celita Celiya Celiyah Cellia Celly Cellya Celma Celsa Celtia Celtina Celuta " +
  "Cely Celya Celyana Celyane Celyna Celyne Cemile Cemiyah Cemre Cendra Cendrine Cendy Cenia " +
  "Ceniya Ceniyah Cennet Centa Ceona Ceonna Cephise Cephora Cera Ceren Cerena Cerenity Ceres " +
  "Ceriah Ceridwen Cerina Cerine Cerinity Cerissa Cerstin Ceryne Cerys Ceryse Cesaire Cesarea " +
  "Cesaria Cesarie Cesarina Cesarine Cesia Cesilia Cesira Ceslawa Ceverine Cevriye Ceyda " +
  "Ceylan Ceylane Ceylia Ceylin Cezanne Cezarine Chabha Chada Chaddia Chade Chadene Chadia " +
  "Chadine Chadlia Chadya Chaela Chaeli Chaelyn Chafia Chafiha Chafika Chafiya Chahad Chahd " +
  "Chahde Chahed Chahera Chahida Chahima Chahina Chahinaize Chahinaz Chahinaze Chahinda " +
  "Chahine Chahines Chahinese Chahinesse Chahinez Chahineze Chahira Chahla Chahnez Chahra " +
  "Chahrazad Chahrazade Chahrazed Chahrazede Chahynez Chaida Chaili Chaily Chailyn Chaima " +
  "Chaimaa Chaimae Chaina Chainaz Chainaze Chaines Chainese Chainess Chainesse Chainez " +
  "Chaineze Chaira Chakila Chakira Chalva Chalyn Cham Chama Chamila Chamima Chamina Chamiya " +
  "Champa Chams Chamse Chamsia Chamssia Chamya Chana Chanael Chanaelle Chanaya Chanaz Chanaze " +
  "Chancelle Chancelvie Chandani Chandlar Chanel Chanela Chanele Chanell Chanella Chanese " +
  "Chaney Chanez Chaneze Chani Chania Chanice Chanie Chanis Chanisse Chaniya Chaniyah Chann " +
  "Channah Channelle Channon Chanon Chanone Chantale Chante Chantel Chantell Chany Chanya " +
  "Chanyah Chara Charazad Charazade Charazed Charazede Chardae Chardonnay Charfia Chariah " +
  "Charidy Charifa Charihane Charisa Charish Chariti Chariya Chariyah Charizma Charlaine " +
  "Charlayne Charlea Charlee Charlei Charleigh Charleine Charlemagne Charlen Charlenne " +
  "Charlerine Charlese Charlesia Charlesine Charlett Charleyne Charliegh Charlii Charlina " +
  "Charlise Charlize Charlott Charlottine Charlsey Charlsie Charlye Charlyn Charlyne Charlynn " +
  "Charlyse Charlyze Charmayne Charmila Charna Charolette Charon Charone Charonne Charvi " +
  "Chaselyn Chaselynn Chasey Chasidy Chasitee Chasiti Chasitie Chasity Chaslyn Chassidy " +
  "Chassity Chau Chava Chavi Chavie Chavy Chaxiraxi Chaya Chayana Chayane Chayanna Chayenne " +
  "Chayili Chayla Chaylee Chayma Chaymaa Chaymae Chayna Chaynes Chaynese Chayness Chaynesse " +
  "Chaynez Chayneze Chaza Chazity Chazlyn Chazlynn Chealsea Chealsy Chedia Chedine Chedlia " +
  "Chedva Chefia Cheherazade Chehinez Chehla Chehrazad Chehrazade Chehrazed Cheila Cheima " +
  "Cheimaa Cheina Chekina Chelbi Chelby Chelcee Chelci Chelcy Cheli Chella Chellsie Chelly " +
  "Chelsee Chelsi Chelsia Chelssy Chelsye Chely Chems Chemsa Chemsi Chemssy Chemsy Chenda " +
  "Chenelle Cheniya Chenoa Cheraz Cherazad Cherazade Cheraze Cherazed Cherazede Cheree " +
  "Cherelle Cheriane Cheridan Cherifa Cheriffa Cherihane Cherina Cherine Cherinne Cherith " +
  "Cherley Cherlin Cherline Cherokee Cherrine Cherrish Cherryl Cheryane Cheryline Cheryn " +
  "Cheryne Cherysh Chesley Chesnee Chesney Chesni Chesnie Chessa Chessie Chevelle Chevie Chey " +
  "Cheyan Cheyane Cheyann Cheyanna Cheyanne Cheyeanne Cheyene Cheyenna Cheyla Cheylynn Cheyma " +
  "Cheymaa Cheyna Cheynne Chezney Cheznie Chiamaka Chiana Chianne Chianti Chiara Chiaraluce " +
  "Chidera Chidinma Chifa Chifaa Chifae Chifaou Chika Chilyn Chimamanda Chimene Chimere " +
  "Chinelo Chinenye Chinyere Chioma Chira Chiraz Chiraze Chirel Chirelle Chirine Chirley " +
  "Chirly Chiryne Chisom Chizara Chjara Chlea Chleo Chloeann Chloeanne Chloee Chloelia " +
  "Chloelynn Chloemarie Chloey Chloie Chlorane Chloye Cho Chochana Chole Chona Chorouk " +
  "Chouchane Choukra Choumicha Chourouk Chretienne Chrifa Chrisette Chrishelle Chrishiya " +
  "Chrisla Chrislaine Chrislaure Chrislene Chrisline Chrisly Chrislyn Chrislyne Chrislynn " +
  "Chrismaelle Chrisna Chrissa Christabelle Christale Christaline Christalynn Christana " +
  "Christanna Christasia Christela Christell Christelle Christena Christi Christia Christianie " +
  "Christianna Christianne Christienne Christila Christilla Christinne Christiona Christionna " +
  "Christivie Christiyana Christl Christvie Christyana Christyn Chrys Chryslaine Chryslene " +
  "Chrysoline Chryssa Chrysta Chrystale Chrystalle Chrystele Chrystell Chrystelle Chrystiane " +
  "Chrystie Chrystina Chrystine Chyane Chyann Chyanna Chyanne Chyara Chyenne Chyla Chyler " +
  "Chymene Chyna Chynah Chynna Chyrine Ciana Cianah Ciani Cianna Ciannah Cianni Ciarah Ciarra " +
  "Cicek Cicilia Ciclaly Cidalia Cidem Cidjey Cidji Cidjie Cidjy Cidney Cidra Cieanna Ciela " +
  "Cielle Ciena Cienna Ciera Cierrah Cigdem Ciham Cihame Cihem Cilem Cilicia Cillia Cilya " +
  "Cimone Cimora Cindel Cindelle Cindia Cindya Cindye Cing Ciniya Ciniyah Cinta Cinthia " +
  "Cinthya Cintia Cintya Cinzia Cionna Cipriana Circe Circee Ciri Ciriaca Cirila Cirilla " +
  "Cirine Cirsten Cisse Citlali Citlalli Citlally Citlaly Ciya Ciydem Cladie Clady Claira " +
  "Clairette Clairice Clairine Clairissa Clairvie Claodia Clarelle Clarina Clarisa Clarissia " +
  "Claritza Clariza Claryce Clarys Claryss Claryssa Clarysse Claudiane Claudinette Claudy " +
  "Claudya Claudye Clayre Cleane Cleanne Cleda Cleia Cleidy Cleis Clelia Clelie Clely Clelya " +
  "Clemance Clemantine Clemencia Clementa Clemie Clemire Clency Cleofe Cleonice Cleopatre " +
  "Cleophee Cleore Clervie Clesia Clet Cleya Clhoe Clivia Clizia Cloane Clodagh Clodette " +
  "Clodia Clodie Clodine Cloee Cloelia Cloey Cloi Cloie Clorinda Clorinde Clorinthe Clotaire " +
  "Clothilde Clotide Clovicia Clowie Codou Coecilia Colbi Colbie Colee Coleene Coley Colie " +
  "Coline Colinette Colinne Collyne Coloma Colomba Colombe Colombine Colyne Colynn Comba " +
  "Conceicao Concepcio Concesa Concetta Conchetta Conchi Concita Conlee Connolly Conrada " +
  "Consiglia Consol Consolacion Constanta Constanze Contesa Contessa Conxita Coppelia Corah " +
  "Corail Coraima Coralee Coraleen Coralia Coralise Coraliz Coralline Corally Coraly Coralye " +
  "Coralyne Coralynn Corane Corantine Corazon Cordasia Corelia Corelie Corena Corentine " +
  "Coreyona Coriana Coriane Corianna Corielle Corinn Corinthia Corionna Corisande Corley " +
  "Corneille Cornelie Cornellia Coro Coronada Corra Corrianna Corrin Corryn Cortana Cortlyn " +
  "Cortlynn Cortnee Cortnei Cortni Coryana Coryn Coryne Corynn Corynne Coryse Cosima Cossette " +
  "Coumba Coura Couro Courteney Courtlyn Courtlynn Courtnee Courtnie Covadonga Cozette Cree " +
  "Crepin Crescence Crescencia Crescente Cressa Crestina Crina Crisanta Criselda Crislyn " +
  "Crislynn Crispina Cristale Cristalina Cristaline Cristalle Cristel Cristela Cristele " +
  "Cristelle Cristeta Cristiana Cristiane Cristianna Cristobalina Crocifissa Crystale " +
  "Crystalle Crystalyn Crystalynn Crystel Crystele Crystelle Crystin Crystina Cunegonde Curie " +
  "Curstin Custodia Cyana Cyane Cyani Cyann Cyanna Cyanne Cyanni Cyara Cyarah Cyarra Cyasia " +
  "Cybele Cybelia Cybelle Cybellia Cybile Cybille Cydjie Cydnee Cydney Cydni Cydnie Cydra " +
  "Cyenna Cyerra Cyla Cylah Cylee Cyleigh Cylene Cylia Cyliana Cyliane Cylie Cylinia Cyllia " +
  "Cymone Cyn Cynae Cynai Cynara Cynda Cyndel Cyndelle Cyndra Cynia Cyniah Cyniya Cyniyah " +
  "Cyntia Cypriane Cyprien Cyprienne Cyprille Cyprine Cyr Cyra Cyrena Cyrene Cyria Cyriah " +
  "Cyriana Cyriane Cyrianne Cyriaque Cyriel Cyriele Cyrielle Cyrienne Cyrile Cyrillia Cyrina " +
  "Cyrine Cyrinne Cytlali Cytlaly Czeslawa Daana Daania Daba Dabhia Dabia Dabiha Dabo Dabria " +
  "Dacil Dacine Daeja Daejah Daela Daelyn Daelynn Daena Daenerys Daesha Daesia Daffne Dafina " +
  "Dafna Dafne Dafnee Dafny Dagmara Dahab Dahbia Dahia Dahiana Dahina Dahlila Dahlya Dahlyla " +
  "Dahyna Daiana Daianna Daida Daija Daijah Daijha Daila Daileen Dailene Dailin Dailyn Dailynn " +
  "Daionna Daira Dairin Daisa Daisee Daisha Daisia Daissy Daizy Daja Dajae Dajah Dajahnae " +
  "Dajana Dajanae Dajanay Dajia Dakayla Dakhia Dakira Dakiya Dakiyah Dakotah Daksha Dakyla " +
  "Dakyra Dala Dalaba Dalai Dalaila Dalaina Dalale Dalana Dalanda Dalaney Dalani Dalanie " +
  "Dalanna Dalasia Dalaya Dalayah Dalayla Dalayna Dalaysia Daleah Dalel Dalele Dalena Dalenda " +
  "Dalesha Daley Dalhia Dalhila Dalhya Dali Daliah Daliana Daliane Dalianna Daliborka Dalice " +
  "Dalida Dalie Dalilah Dalilha Dalilla Dalina Dalinda Daline Dalisa Daliya Daliyah Dalla " +
  "Dallal Dallana Dallel Dallia Dallie Dallila Dallo Dalloba Dallys Daloba Dalva Dalya Dalyah " +
  "Dalyana Dalyce Dalyla Dalylah Dalyna Dalyne Dalynn Damaiya Damaria Damariah Damariya " +
  "Damariz Damary Damarys Damasa Damase Damaya Damayah Dameria Damiah Damiana Damiane Damiene " +
  "Damienne Damilola Damira Damiya Damiyah Damla Damonica Damya Damyah Damyia Damyla Damyra " +
  "Damyria Danae Danaee Danaejah Danaelle Danah Danai Danais Danaisha Danait Danaiya Danaja " +
  "Danajah Danaka Danalee Danali Danaly Danapaola Danaria Danasha Danashia Danasia Danay " +
  "Danaya Danayah Danaye Danaysha Danayshia Danaysia Dandrea Danea Daneah Danee Daneen Daneida " +
  "Daneisha Daneisy Danela Daneli Danelle Danelly Danely Danera Danesha Danessa Danett Dangela " +
  "Daniah Danicah Danick Danicka Danielly Daniely Danija Danijah Danijela Danikah Danilah " +
  "Danilla Danilyn Danilynn Danira Danisa Danisha Danitcha Danity Danitza Danixa Daniya " +
  "Daniyah Danka Dannae Dannah Dannalee Dannan Dannia Dannica Dannick Danniela Danniella " +
  "Dannielle Dannielynn Dannika Dannilynn Dannya Danuta Danyah Danyale Danyca Danyela Danyele " +
  "Danyell Danyella Danyia Danyiah Danyka Danyla Danyra Daouia Daouya Daphane Daphanie Daphnee " +
  "Daphney Daphnie Daphny Darah Daralyn Darbi Dareli Darely Darelyn Darelys Dariah Dariana " +
  "Dariane Darianna Darianne Darie Dariela Dariell Darielle Darienne Darifa Darika Darilynn " +
  "Darina Darine Darinka Dariona Darionna Daritza Dariya Dariyah Dariyana Darlane Darlen " +
  "Darlenne Darleny Darlin Darlyn Darlyne Darnesha Darnisha Darra Darrah Darria Darriana " +
  "Darriel Darrielle Darriona Darriyah Daryana Daryanna Daryna Daryne Dasani Dashae Dashanti " +
  "Dashauna Dashawna Dashay Dashayla Dashia Dashiyah Dashley Dashyia Dasia Dasiah Dassine " +
  "Daunia Dauphine Daura Dauriane Daurine Dava Davae Davaeh Davanee Davaney Davani Davanie " +
  "Davasia Davaya Daveigh Davena Davia Daviana Davianna Davila Davilia Davinia Davinity " +
  "Daviona Davionna Davonna Davyna Davyne Daya Dayami Dayamin Dayamir Dayamit Dayamy Dayana " +
  "Dayanah Dayanara Dayanari Dayane Dayanira Dayanis Dayanna Dayannara Dayanne Dayanni Dayany " +
  "Daycee Dayeli Dayena Dayiana Dayina Dayja Dayla Daylah Daylee Dayleen Daylene Daylia " +
  "Daylynn Daynah Dayona Dayonna Dayra Dayrin Daysha Dayshia Daysi Daysia Daysie Daytona " +
  "Dayzie Dazani Dazaria Dazia Daziah Dazie Dazire Daziya Daziyah Dazlynn Deaira Deairah " +
  "Deairra Deaisa Deaisha Deaja Deajah Deandrea Deandria Deangel Deangela Deannah Deara Deari " +
  "Deariah Deasha Deashia Deasia Deasiah Deasya Deauna Deaundra Deaysia Debanhi Debany Debhora " +
  "Deborath Deborha Deborrah Dedit Dedrianna Deeana Deeanna Deedra Deeksha Deema Deenah " +
  "Deepika Deetya Deeya Defne Dehbia Dehia Dehlila Dehya Deicy Deidra Deija Deijah Deiona " +
  "Deiondra Deionna Deisha Deisi Deissy Deisy Deja Dejah Dejai Dejana Dejanae Dejanay Dejia " +
  "Dekayla Dekira Dekra Delaiah Delaila Delailah Delaina Delaine Delainee Delainie Delainy " +
  "Delal Delana Delancey Delane Delanee Delani Delanie Delany Delara Delasia Delayla Delayna " +
  "Delayne Delaynee Delayney Delayni Delaynie Delaysia Delcia Delcy Dele Deleena Delena " +
  "Delfina Delfine Delhia Delhya Deliah Deliana Delianna Deliany Delice Delicia Delie Deliliah " +
  "Delina Deline Delisa Delisha Delisia Delissa Deliyah Delizia Delle Dellia Dellya Delma " +
  "Delmi Delmira Delmy Deloula Delphie Delphina Delphy Delphyne Delsy Delvina Delvine Delya " +
  "Delyla Delylah Delynda Dema Demaria Demarionna Demaya Demecia Demelsa Demelza Demet " +
  "Demetriana Demi Demia Demiah Demiana Demiracle Demitra Demitria Demiya Demiyah Demou Demy " +
  "Demya Demyah Demyia Demyiah Denae Denaisha Denaja Denajah Denaly Denaria Denasia Denay " +
  "Denaya Denayah Denea Deneisha Denesha Denia Deniah Denielle Denika Denisa Denisha Denisia " +
  "Denissa Denisse Denitsa Deniya Deniyah Denize Dennise Dennisse Denya Denym Denysse Deolinda " +
  "Deona Deondra Deonna Deonnie Deotille Deqa Dereka Dereona Dereonna Deria Derianna Derica " +
  "Dericka Derika Derine Deriona Derionna Deriyah Derna Derriana Derrianna Derrica Derricka " +
  "Derriona Derrionna Derya Deryn Desamparados Desani Desarae Desaray Desaree Desarey Deseada " +
  "Deserae Deseray Deseree Deserie Desha Deshae Deshanti Deshawna Deshay Deshiya Desia Desiah " +
  "Desideria Desilia Desiray Desiraye Desirea Desirey Desislava Desiyah Deslyn Desmariah " +
  "Despina Dessa Dessie Dessirae Dessire Destanee Destaney Destani Destanie Destany Desteni " +
  "Destenie Desteny Destina Destinee Destiney Destini Destinie Destinny Destyne Destynee " +
  "Destyni Destynie Desy Desyre Devaeh Devanee Devaney Devani Devanie Devanny Devanshi Devany " +
  "Devika Devine Devinity Devlynn Devona Devony Devorah Devory Devrim Devynn Deya Deyana " +
  "Deyanira Deyanna Deyci Deyjah Deyna Deyonna Deyra Deysha Deysi Deysy Dezarae Dezarai " +
  "Dezaray Dezaraye Dezaria Dezerae Dezeray Dezi Deziah Dezil Dezirae Deziray Dezire Dezirea " +
  "Deziree Deziya Deziyah Dezmariah Dezmarie Deztiny Deztyni Dezya Dezyre Dgina Dhalia Dhalila " +
  "Dhanvi Dhanya Dhara Dharma Dhekra Dhelia Dhelya Dhikra Dhiya Dhoha Dhouha Dhriti Dhruti " +
  "Dhruvi Dhwani Diaba Diabou Diaby Diadji Diagou Diahara Diahoumba Diaka Diakemba Diakha " +
  "Diakhoumba Diakoumba Diala Dialamba Dialika Dialla Diama Diamant Diamanta Diamantina " +
  "Diamilatou Diaminatou Diamon Diamonique Diamy Dianaba Dianara Dianela Dianelis Dianelly " +
  "Dianely Dianelys Dianey Dianga Diangou Diani Dianira Dianke Diankemba Dianney Dianoch Diany " +
  "Diara Diaraye Diaretou Diariata Diariatou Diarietou Diariou Diariyatou Diarra Diarry Diasia " +
  "Diatou Diba Dibanhi Dicko Dicle Didem Didia Didiane Didiere Didja Diega Dielette Diella " +
  "Diem Dienaba Dienabou Dieneba Diereba Dierra Dietlind Dietlindis Dieu Dieudonne Dieudonnee " +
  "Dieyna Dieynaba Digna Dihanna Dihia Dihya Dijana Dijle Dikra Dila Dilana Dilane Dilani " +
  "Dilanur Dilany Dilara Dilay Dilber Dilcia Dilda Dilek Dilem Diletta Dilette Dilia Dililah " +
  "Dilwen Dilya Dilyn Dilynn Dilys Dima Dimitra Dimya Dinaly Dinara Dinna Dinora Diny Diogou " +
  "Diolinda Dioma Diompolo Diona Dioncounda Diondra Dionisia Dionna Dionysia Dior Diora " +
  "Diorobo Dioula Dioulde Diouma Dipa Diren Disaya Disha Ditsa Divana Divia Divina Divna Divya " +
  "Divyne Diyana Diye Diyonna Djaba Djahia Djahida Djahina Djaida Djaina Djalia Djalika " +
  "Djalila Djamalia Djamela Djamelia Djamella Djamila Djamilah Djamilatou Djamilia Djamilla " +
  "Djamina Djamyla Djana Djanaelle Djanah Djanati Djanelle Djanet Djanette Djanice Djanina " +
  "Djanis Djanna Djannah Djannat Djany Djaouida Djara Djariatou Djasmine Djawida Djaya Djayana " +
  "Djayanna Djayna Djazia Djazila Djazira Djazz Djedjiga Djehina Djeina Djeinaba Djeinabou " +
  "Djelia Djelika Djelina Djelissa Djelyssa Djema Djemaa Djemela Djemila Djemilla Djemina " +
  "Djena Djenab Djenaba Djenabou Djenah Djenane Djenay Djenaya Djene Djenebou Djenessy Djenet " +
  "Djenette Djenna Djennah Djennet Djennifer Djenny Djeny Djereba Djersey Djessica Djessie " +
  "Djessy Djeya Djeyna Djeynaba Djezia Djida Djienaba Djihan Djihane Djila Djiliane Djill " +
  "Djima Djina Djinane Djinda Djita Djodie Djody Djohar Djoher Djohra Djora Djordane Djouhar " +
  "Djouher Djouhra Djoulia Djouliana Djouliane Djoulya Djouma Djoumana Djoura Djoy Djoyce " +
  "Djoye Djulia Djuliana Djuliane Djulya Djuna Djyna Dkayla Dlaney Dlila Dlyla Dmiya Dmiyah " +
  "Dmya Dnasia Dnaya Dniya Dniyah Dnyla Doa Doaa Doae Doan Doctrove Doctrovee Doha Doina " +
  "Doinita Dolaine Dolene Dolina Doline Dolma Dolors Doly Domanique Domenica Domiane Dominika " +
  "Dominiquette Domitie Domitila Domitilde Domitile Domitilla Domitille Domizia Domiziana " +
  "Domnica Domnine Domonique Donaji Donasia Donat Donata Donatella Donatelle Donatien " +
  "Donatienne Donatila Dondu Donesha Donika Donisha Donnasia Donnia Donnisha Dontasia Donya " +
  "Donzilia Dorah Doralice Dorca Dorcas Doress Doriana Doriane Dorianna Dorianne Dorienne " +
  "Dorilys Dorina Dorinda Dorinne Dorismar Dorisse Dorith Dorka Dorlane Dorleta Dorota Dorothe " +
  "Dorra Dorrit Dorsaf Dorsafe Dorssaf Dorya Doryane Doryanne Doryne Dorys Doryse Dosinda " +
  "Dosithee Doua Douaa Douae Douce Douceline Douchka Doudja Dougou Douha Douja Doumia Dounia " +
  "Douniazed Dounya Doussou Doussouba Dovie Dragana Dragica Drea Dreama Dreanna Dreauna " +
  "Dreonna Dreya Drifa Driffa Drishti Drissia Drita Drucila Drucilla Drue Dua Duaa Dudu Duha " +
  "Dulcemaria Dulcenombre Dulcinia Dumitra Duna Dunia Dunja Dunvel Dunya Duong Durdane " +
  "Durriyah Duru Dusanka Dusica Dustee Dusti Dustie Duygu Dvora Dvorah Dvyne Dyamond Dyanara " +
  "Dyani Dyemond Dyenaba Dyhia Dylana Dylane Dylanie Dylanne Dylia Dylynn Dymon Dymond Dynasia " +
  "Dynastee Dynasti Dynastie Dynisty Dyonna Dziah Dzyre Eaden Eanna Earine Eastyn Eavan Ebany " +
  "Ebelin Ebelyn Ebene Eboni Ebonie Ebrar Ebru Ebticem Ebtihel Ebtisem Ebtissam Ebtissem " +
  "Ebtisseme Ecaterina Ece Ecem Echa Echat Echati Ecko Edana Edanur Edda Edea Edelgard Edelin " +
  "Edelmira Edeltraud Edelyn Edelyne Edena Edene Edenn Edenne Edera Edese Edgitha Edhen Edilia " +
  "Edilma Edina Edite Editte Edline Edlyn Edlyne Edma Edme Edmee Edmire Edmonde Edmondine " +
  "Edmone Edmonise Edmonne Edona Edouarda Edouardine Edouarine Edouarline Edouarlise Edrina " +
  "Eduarda Edurne Eduviges Eduvigis Edvige Edvina Edwidge Edwig Edwiga Edwige Edwine Edwyna " +
  "Edyta Eeliyah Eera Eesha Eeva Effy Efigenia Eflin Efrat Efsa Efstathia Eftelya Eglantina " +
  "Egle Eglee Eglentine Egyptienne Ehlana Eidel Eike Eila Eilean Eilee Eilene Eiley Eilidh " +
  "Eilin Eiline Eiliyah Eilleen Eilwen Eily Eilyn Eilyne Eilynn Eimi Eimmy Eimy Einat Eira " +
  "Eireann Eireen Eirene Eirinn Eisa Eisley Eiya Eiza Ekaterine Ekaterini Eknoor Ekram Ekrame " +
  "Elaa Eladia Elae Elaf Elah Elaia Elaijah Elainah Elainna Elais Elaiza Elajah Elanah Elani " +
  "Elania Elanie Elanna Elanor Elanore Elanur Elany Elara Elaria Elasia Elaura Elay Elaya " +
  "Elayjah Elayna Elaynah Elaysha Elaysia Elazia Elba Elcin Elda Eldana Eldina Elea Eleah " +
  "Eleana Eleane Eleanna Eleanne Elecia Eleena Eleesa Eleftheria Eleina Elektra Elem Elenia " +
  "Elenie Elenna Elenoire Elenor Elenora Eleny Eleona Eleonie Eleonor Eleora Eleri Elese " +
  "Elesia Elettra Eleuteria Elexa Elexia Elexis Elexius Elexus Eley Eleya Eleyna Eleysa Elfi " +
  "Elfida Elfride Elfried Elfriede Elfy Elhaida Elham Elhame Elhea Elhem Elhora Elhya Eliabel " +
  "Eliahna Elianah Eliane Eliani Elianie Elianis Elianna Eliannah Elianne Eliannie Elianny " +
  "Elianor Eliany Eliara Elice Elicheva Elidia Elidie Elidjah Elieana Eliecer Eliena Elienai " +
  "Elienne Eliette Elife Elifnaz Elifnur Elifsu Elika Elikia Elikya Elikyah Elinah Elinda " +
  "Eline Elinka Elinn Elinna Eliona Elionor Eliora Eliorah Eliotte Elira Elis Elisabeht " +
  "Elisabel Elisabelle Elisabeta Elisabete Elisabetha Elisabethe Elisabette Elisandra Elisane " +
  "Elisangela Elisaveta Elisca Elisea Elisee Elisemee Elisemene Elisenda Elisene Elisette " +
  "Elisheva Elishia Elisia Elissandre Elisse Elissia Elisya Elivia Elixabet Elixabete Elixane " +
  "Eliya Eliyah Eliyana Eliyanna Eliz Elizabella Elizabeta Elizabethann Elizabethmarie " +
  "Elizabette Elizah Elizan Elize Elizea Elizebeth Elizeth Elizia Elizibeth Elky Ellagrace " +
  "Ellah Ellaina Ellajean Ellakate Ellamae Ellamarie Ellana Ellanie Ellanor Ellanora Ellanore " +
  "Ellarae Ellarie Ellarose Ellasandra Ellason Ellasyn Ellay Ellayna Elle Ellea Elleana " +
  "Elleanna Elleanor Ellee Elleigh Ellena Ellenita Ellenor Ellenore Elleri Ellerie Ellexis " +
  "Elley Ellia Elliah Elliana Ellianah Elliane Elliann Ellianna Elliannah Ellice Ellicia " +
  "Ellieanna Elliet Elliette Ellin Ellina Elline Ellington Ellinor Elliona Ellionna Elliotte " +
  "Ellisa Ellise Ellison Ellisyn Ellivia Elliyah Elliyana Ellizabeth Elloise Ellona Ellora " +
  "Ellorie Ellory Ellsie Ellya Ellyana Ellyanna Ellyce Ellye Ellyna Ellyne Ellyonna Ellysa " +
  "Ellyse Ellysia Ellyson Ellyssa Elmas Elmedina Elmie Elmina Elmire Elmyre Eloa Eloah Eloane " +
  "Eloann Eloanne Elodi Elodia Elodie Elodine Elody Elodye Eloe Eloha Elohane Eloina Eloine " +
  "Elois Eloisha Eloisie Eloisine Eloize Elona Elonie Elonna Elonora Elorah Elorane Eloria " +
  "Elorie Elorine Elorri Elory Elouane Elouann Elouanne Elouna Elowen Elowenn Elowyn Eloya " +
  "Eloyse Elphege Elphie Elpidia Elsha Elsia Elssa Eluna Elvan Elvana Elvi Elvia Elvie Elvine " +
  "Elvire Elvisa Elvy Elvyna Elvyne Elvyra Elvyre Elwen Elwenn Elwina Elwine Elwire Elwyna " +
  "Elyah Elyana Elyanah Elyane Elyanna Elyannah Elyanne Elyce Elycia Elydie Elyesa Elyette " +
  "Elykia Elyna Elynah Elyne Elynn Elynna Elynne Elyona Elyora Elyrose Elysa Elysabeth Elysea " +
  "Elysse Elyssia Elyza Elyzabeth Elyze Elza Elzbieta Elzie Emaan Emaelle Emah Emalea Emalei " +
  "Emaleigh Emaley Emali Emalie Emalina Emaline Emaly Emalyn Emalynn Eman Emane Emanee Emani " +
  "Emanie Emanii Emanuella Emanuelle Emanuelly Emaree Emari Emarie Emary Emaya Embarka " +
  "Emberlee Emberli Emberly Emberlyn Emberlynn Embry Eme Emee Emel Emelee Emeli Emeliana " +
  "Emelie Emelin Emelle Emelly Emelyn Emerance Emerante Emerantine Emeraude Emeree Emerence " +
  "Emerenciana Emerentienne Emerentine Emeri Emerie Emerine Emerita Emerly Emersen Emersyn " +
  "Emersynn Emeteria Emi Emia Emiah Emie Emiko Emila Emilande Emilda Emilea Emileah Emileigh " +
  "Emiley Emiliana Emiliane Emilianna Emilianne Emiliene Emilienne Emiliette Emilina Emiliya " +
  "Emillia Emillie Emillienne Emilly Emilou Emilya Emilyana Emilyann Emilyanne Emilye " +
  "Emilyelizabeth Emilyn Emilyne Emilynn Emilyrose Emira Emirah Emire Emireth Emiya Emiyah " +
  "Emjay Emline Emlyne Emmabelle Emmaclaire Emmaelle Emmagrace Emmah Emmajane Emmajean Emmajo " +
  "Emmakate Emmalea Emmaleah Emmalei Emmaleigh Emmalena Emmalene Emmali Emmalia Emmalie " +
  "Emmalin Emmalina Emmalise Emmalou Emmaly Emmalyne Emmalyse Emmamae Emmamarie Emmannuelle " +
  "Emmanuela Emmanuella Emmarae Emmarie Emmarose Emmary Emme Emmelia Emmelie Emmely Emmelyn " +
  "Emmelyne Emmerie Emmersen Emmerson Emmersyn Emmilee Emmilia Emmilienne Emmily Emmory Emmry " +
  "Emmylou Emna Emnah Emnet Emonee Emoni Emonie Emonni Emonnie Emony Emoree Emori Emorie " +
  "Emouna Empar Emperatriz Emree Emrey Emri Emrie Emsley Emuly Emunah Emy Emya Emyah Emye " +
  "Emyli Emylia Emylie Emyline Emylou Emyra Emyrson Ena Enaelle Enais Enajah Enalya Enara " +
  "Enaya Enayah Encarna Encarnacio Encarnacion Encarnation Encarnita Enda Endia Endiya Endya " +
  "Endza Eneda Enedina Eneida Eneka Enelya Eneritz Enesa Enfel Engie England Engrace Engy Enia " +
  "Enide Enijah Enimie Eniola Enisa Enise Enissa Eniya Eniyah Enjie Enjoli Enjy Enkelejda Enma " +
  "Enna Ennemonde Ennola Ennora Enoa Enogat Enogate Enoha Enola Enolah Enolane Enolha Enolia " +
  "Enoline Enolla Enora Enorah Enory Enricka Enslee Ensley Envee Enxhi Enya Enyah Enyla Enza " +
  "Eole Eolia Eoline Eolya Eowyn Epifania Epiphane Epiphanie Epona Eponine Eptisem Eptissem " +
  "Erabella Erandi Erandy Erea Ereen Erel Erell Erelle Erendida Erendira Erhimo Eriana Erianah " +
  "Erianna Ericah Ericia Erickah Eriel Erielle Erij Erikah Erikka Erilyn Erine Erinela Erini " +
  "Erinne Eriny Eriona Erionna Erisa Erita Eriyana Eriyanna Eriyonna Erkuden Erlinda Erline " +
  "Ermance Ermelind Ermelinda Ermelinde Ermeline Ermence Ermida Ermira Ermitas Erneste Erola " +
  "Erona Errin Ersilia Ersilie Erum Erundina Erva Ervanur Erwan Erwana Erwane Eryanna Eryka " +
  "Erykah Eryna Eryne Erynn Erynne Erza Esabel Esabella Esbeidy Escarlata Escarlet Escolastica " +
  "Esen Esengul Eseosa Esha Eshaal Eshal Eshana Eshani Eshika Esi Esia Esil Esila Esilda " +
  "Esilya Esin Eslem Esli Eslina Esly Esmaa Esmae Esmahan Esmahane Esmahen Esmanur Esmee " +
  "Esmerai Esmerelda Esmey Esmina Esmira Esna Esperanca Esperance Esperansa Esperenza Esperie " +
  "Espoir Esraa Esranur Essance Esseline Essense Essia Essil Essila Essma Essra Essya Essynce " +
  "Estebana Estee Estefani Estefania Estefanie Estefanny Estefany Estellia Estellie Estelline " +
  "Estephani Estephania Estephanie Estephany Estera Esterina Esthefany Esthel Esthela Esthelle " +
  "Esthere Estibalitz Estibaliz Estilita Estitxu Estivaliz Estrela Estreya Estrid Esty Esveidy " +
  "Eszter Etana Etel Etelvina Ethelle Ethne Etia Etienette Etienna Etiennette Etiennise Etna " +
  "Etoile Ettel Eucharis Euchariste Eucher Eudeline Eudes Eudosia Eudoxie Eufemia Eufrasia " +
  "Eukene Eulalia Eulaly Euloge Eulogia Eunate Eunique Eunyce Euphelie Euphemie Euphrasie " +
  "Euphrasine Euphroisie Euphroisine Euphrosine Euranie Eureka Euria Euridice Euriel Euriell " +
  "Eurielle Euryale Eurydice Eusebe Eusebia Eusebie Eustache Eustaquia Eustase Eustasie " +
  "Eustelle Eutimia Eutiquia Eutrope Euxane Euzhan Evaelle Evah Evalani Evalee Evaleigh Evalen " +
  "Evalena Evalene Evalette Evalie Evalin Evalina Evaline Evaluna Evalyn Evalynn Evalynne " +
  "Evalyse Evamaria Evamarie Evana Evanah Evane Evanee Evangaline Evangeleen Evangelene " +
  "Evangelista Evangelyn Evangelyne Evangelynn Evani Evanie Evanna Evannie Evanny Evany " +
  "Evarista Evariste Evee Eveke Evelen Evelena Evelett Evelette Eveli Evelia Evelie Evelise " +
  "Evellyn Evely Evelyna Evelyne Evelynn Evelynne Evelyse Evemarie Eveny Everilda Everlee " +
  "Everleigh Everley Everlin Everly Everlyn Evette Evgenia Evgeniia Evgeniya Evia Evian Eviana " +
  "Evianna Evilin Evilyn Evina Evine Evlin Evodie Evolene Evolet Evoleth Evolett Evolette Evon " +
  "Evonie Evonna Evonnie Evony Evora Evrim Evva Evyenia Evynn Ewelina Ewena Ewenn Ewilan " +
  "Exauce Exaucee Exilie Expectacion Expedita Expiracion Eya Eyah Eyana Eyanna Eydel Eyla " +
  "Eyleen Eylem Eylia Eylie Eylin Eyline Eylul Eyma Eymeline Eymi Eymie Eyna Eynola Eyonna " +
  "Eysan Eyva Ezabella Ezel Ezequiela Ezgi Ezia Ezilda Ezinne Ezrie Eztitxu Eztizen Ezya " +
  "Faatima Fabia Fabiana Fabianna Fabiene Fabienne Fabiha Fabiola Fabricia Fabrina Fabrine " +
  "Fabrizia Facunda Fadela Fadella Faden Fadette Fadhela Fadhila Fadia Fadiha Fadila Fadilah " +
  "Fadilha Fadilla Fadima Fadime Fadma Fadoi Fadoua Faduma Fadumo Fadwa Fadya Faelyn Faeza " +
  "Fafa Fahamia Faharia Fahima Fahiza Fahra Fahriye Faida Faiga Faige Faigy Faika Faila Faima " +
  "Fairouz Fairouze Fairuz Faisa Faithann Faithanne Faithe Faithlyn Faithlynn Faithmarie Faiza " +
  "Faizah Falak Falicia Falicity Falida Falisha Fallone Fallyn Falon Falone Falonne Faly Falyn " +
  "Falynn Fama Famata Fana Fanelia Fanelie Fanellie Fanelly Fanely Fanette Fani Fanica Fanida " +
  "Fanie Faniry Fanja Fannette Fantafoune Fantig Fantille Fantine Fany Faoula Faouza Faouzia " +
  "Farahe Farda Fardati Fardowsa Farelle Faren Farha Farhana Farhat Farhati Farheen Farhia " +
  "Farhiya Farhiyo Faria Faridah Faridha Fariel Farielle Fariha Farima Fariza Farmata Farna " +
  "Farncesca Farners Faroudja Farren Farrida Farrin Fartun Faryal Faryn Fasia Fata Fateha " +
  "Fatema Fatemah Faten Fatene Fathia Fathima Fathira Fathma Fathy Fathya Fati Fatia Fatiah " +
  "Fatila Fatim Fatimat Fatimata Fatimatou Fatimazahra Fatime Fatimetou Fatimetu Fatimzahra " +
  "Fatimzohra Fatina Fatine Fatira Fatirah Fatirha Fatiya Fatmagul Fatmana Fatmanur Fatmata " +
  "Fatmeh Fatna Fatoma Fatos Fatou Fatoum Fatouma Fatoumia Fattouma Fatuma Fatumata Faty Fatya " +
  "Fatym Fatyma Fausta Fauste Faustin Faustyne Fauve Fauvette Fauzia Faviana Faviola Fawzia " +
  "Fayda Fayla Faylynn Fayma Fayna Fayrouz Fayrouze Faysa Fayza Fazda Fazia Fazila Fazilet " +
  "Fazla Fazna Febe Feben Febronie Fedia Fedoua Fedra Fedwa Feiga Feinda Feirouz Feiza Fela " +
  "Felana Felia Feliciana Feliciane Felicianne Felicidad Felicidade Felicie Felicien " +
  "Felicienne Felicisima Felicita Felicitacion Felicitas Felicite Felicitee Feliciti Felide " +
  "Felie Feliksa Felina Felisa Felisbela Felise Felisia Felixa Felixe Felixia Felixiane " +
  "Felixine Felize Felizia Felizitas Felycia Fenda Fendy Fenella Fenicia Fenley Ferda Ferdaous " +
  "Ferdaouss Ferdaousse Ferdaws Ferdine Fergie Ferhan Feriale Ferida Feride Feriee Feriel " +
  "Feriele Ferielle Feriha Ferima Ferlande Fermina Fernand Fernandine Feroudja Ferouse Ferouz " +
  "Ferouze Ferrari Ferrin Ferroudja Feryal Feryel Feryelle Feta Feten Fethia Fetiha Fetta " +
  "Fettouma Feven Feyriel Feyrouz Feyza Feyzanur Feza Fia Fiacre Fiamma Fiammetta Fiana Fibby " +
  "Fibie Fiby Fida Fidan Fidele Fidelina Fideline Fidencia Fides Fidji Fidjie Fidjy Figen " +
  "Fikriye Fili Filipa Filipine Filippina Filippine Filiz Fillette Filomena Filomene Filsan " +
  "Fily Finda Finlee Finleigh Finola Fionnuala Fiora Fiorela Fiorella Fiorenza Fiori Fiorina " +
  "Fiorine Firdaous Firdaouss Firdaousse Firdaus Firdaws Firdawse Firdawss Firdawsse Firdes " +
  "Firdevs Firiel Firma Firmaine Firmin Firmina Firmine Firouz Firouze Firoza Fitia Fitiavana " +
  "Fiza Fizza Fjodora Flamine Flaminia Flannery Flaura Flaure Flauriane Flaurine Flavia " +
  "Flaviana Flavie Flavien Flavienne Flavine Flavy Flavye Flemata Fleure Fleurentine " +
  "Fleurestine Fleuriane Fleurianne Fleurice Fleurida Fleurie Fleurina Fleurine Fleurisse " +
  "Floane Floarea Floraine Floralie Floraline Florana Florane Floranie Floranne Florbela " +
  "Florbella Florelle Florena Florene Florent Florentina Flores Florestine Floriana Floriane " +
  "Florianna Florianne Florica Floricia Floridalma Floride Florimonde Florine Florinne Florise " +
  "Florisse Florita Floryane Floryanne Floryne Floryse Foix Folasade Folashade Fortuna " +
  "Fortunata Fortunee Fostine Fotini Foulemata Foulematou Fouley Fouleye Fouleymata Foune " +
  "Founemoussou Fousia Fouzia Fouziha Fouzilla Fouziya Fouzya Fracesca Fradel Frady Frahati " +
  "Fraida Fraidy Franca Francelina Franceline Francelise Francella Francelle Francely " +
  "Francelyne Francelyse Francesa Francescapia Franceska Francess Francetta Francette Franceza " +
  "Franchesca Francheska Franchette Francia Franciana Franciane Francianne Francie Franciette " +
  "Francile Francilia Francille Francillette Francinette Francisa Francise Francisque " +
  "Franciszka Franckie Franka Frankee Frankline Fransheska Franzette Franziska Frauke " +
  "Fredericke Fredericque Frederika Frederike Frederine Fredesvinda Fredine Freha Freya " +
  "Fridoline Friede Frimet Frnacesca Fructueuse Fructueux Fructuosa Fruma Frumence Fryda " +
  "Fuencisla Fuensanta Fulbert Fulberte Fulgence Fulgencia Fulya Funda Furaha Fyona Fyriel " +
  "Gabbriel Gabbriella Gabbrielle Gabin Gabina Gabreilla Gabrella Gabrelle Gabriana Gabrianna " +
  "Gabrielah Gabriellah Gabrielly Gabriyel Gabryela Gabryella Gabryelle Gadea Gador Gaea " +
  "Gaedic Gaedig Gaela Gaelane Gaele Gaell Gaella Gaellane Gaelle Gaetana Gaetane Gaetanne " +
  "Gaiane Gaid Gaidic Gaidig Gail Gaja Galadriel Galadrielle Galane Galatee Galeane Gali Galia " +
  "Galiane Galice Galilea Galileah Galilee Galit Galith Galla Galliane Gally Galya Galylea " +
  "Galyna Gamra Gamya Gamze Ganael Ganaelle Ganelle Gania Ganna Gansiry Gaonou Gara Garaba " +
  "Garance Garazi Garence Gargi Garlone Garlonn Garlonne Garmia Garoa Gaspara Gasparine " +
  "Gastone Gastonia Gastonne Gastonnette Gata Gatien Gatienne Gatta Gaudencia Gauri Gavina " +
  "Gavriella Gaya Gayane Gayanee Gayathri Gayatri Gea Geana Geanina Geanna Geena Geerda " +
  "Geethika Geetika Gela Gelena Gelila Gelina Gelsomina Gema Gemila Gemima Gemina Genae " +
  "Genaelle Genara Genasis Genavecia Genavie Genavieve Genavive Genea Genecis Genelle " +
  "Genereuse Generosa Genesa Genesee Genesi Genessa Genesse Genessis Genessy Genesy Genesys " +
  "Genet Geneva Genevie Genevievre Genevive Genevy Geniah Genieve Genise Genises Genisis " +
  "Geniya Geniyah Genma Gennavieve Gennesis Genofefa Genovefa Genoveffa Genoveva Genowefa " +
  "Gentiane Gentille Gentri Gentrie Gentzane Geoffrette Geoffroy Geonna Georgeline Georgiane " +
  "Georginette Geovana Geovanna Geralde Geraldi Geraldin Geralyn Gerarda Gerarde Gerardina " +
  "Gerardine Geraud Gerdi Gergana Gerhild Gerlinde Gerline Germani Germanie Germany Germinale " +
  "Germine Geromine Geronia Geronima Gerren Gersande Gersende Gertien Gertraud Gertraude " +
  "Gervais Gervaise Gervillia Gervine Gesa Geselle Gesine Gesselle Gessica Gessie Gessy " +
  "Gethsemane Getsemani Getzemani Gezelle Ghada Ghadeer Ghalia Ghania Ghariba Ghazal Ghenima " +
  "Gheorghita Gherghina Ghezlane Ghilaine Ghina Ghiselaine Ghisele Ghislaine Ghislane Ghislene " +
  "Ghismonde Ghita Ghizlaine Ghizlan Ghizlane Ghizlen Ghizlene Ghjulia Ghjuliana Ghjuvanna " +
  "Ghofran Ghofrane Ghoufrane Ghuilaine Ghylaine Ghyslaine Giabella Giacomina Giada Giah " +
  "Giahnna Gianah Gianella Gianelle Giannah Giannamarie Gianne Giannie Giannina Giavana " +
  "Giavanna Giavonna Giavonni Gienia Gienowefa Gifty Gigliola Gihan Gihane Gihanna Gihen " +
  "Gihene Gila Gilaine Gilana Gilberthe Gildas Gilette Gili Gilia Giliana Giliane Gillette " +
  "Gillia Gilliana Gilliane Gillianne Gilonne Gimena Ginamarie Gine Ginebra Ginella Ginesa " +
  "Ginete Ginetta Ginette Ginia Ginna Ginnette Gioconda Gioia Gionna Giordana Giorgiana " +
  "Giovana Giovanina Giovannina Giovonna Girogia Gisa Giselaine Giselda Giselene Gisell " +
  "Giselly Gisette Gishlaine Gisla Gislaine Gisleine Gislene Gislhaine Gismonde Gissel Gissele " +
  "Gissell Gissella Gisselle Gitane Gitel Gitta Gittel Gitty Gitzel Giula Giuliana Giuliane " +
  "Giulianna Giullia Giulya Giulyana Giuseppa Giuseppina Giusi Giusiana Giusy Givanna Giya " +
  "Gizel Gizele Gizell Gizelle Gizem Gizzel Gizzelle Gladice Gladie Gladis Gladisse Glady " +
  "Gladysse Glaudia Glawdys Glendi Glendy Glinda Glodie Gloire Gloriann Glorianna Glorianne " +
  "Glorimar Glorya Glwadys Gnalen Gnilane Gnima Gnouma Godefroy Godelaine Godeleine Godelieve " +
  "Godeline Godelive Godfroy Gohar Goiatz Goiuri Goizalde Goizane Gokce Gonca Gontran Gontrand " +
  "Gonul Gonzala Gorane Gordana Gorete Gorette Goretti Gorica Gotzone Goudo Goundo Goundoba " +
  "Gowri Gozde Grabiela Graca Graceann Graceanne Gracee Graceland Gracelin Gracelyn Gracelynn " +
  "Gracelynne Gracemarie Gracen Gracey Graceyn Graci Graciana Graciane Gracianna Gracianne " +
  "Gracieann Graciella Gracielle Gracielynn Graciemae Gracienne Graciete Graciette Gracieuse " +
  "Gracinda Graclyn Graclynn Gracy Gracyn Gracynn Graesyn Graice Granada Grasiella Grasyn " +
  "Gratiane Gratianne Gratien Gratienne Gratieuse Graycee Graycen Grayci Graycie Graycin " +
  "Graziana Graziela Graziella Grazielle Grazina Grazyna Grazziella Grecia Greenlee Greenleigh " +
  "Greenley Gregoria Gregorie Greis Greisi Gresia Gretchyn Grettel Greyce Gricelda Grimanesa " +
  "Grisel Grisell Gritt Guacimara Guadalupe Gualbert Gualberte Guayarmina Gudela Gudrun Gueda " +
  "Guenael Guenaele Guenaelle Guenda Guendalina Guenhaelle Guenia Guenievre Guenola Guenole " +
  "Guenolee Gueoula Guerina Guerline Guermia Guessy Guetty Guia Guida Guila Guilaine Guilene " +
  "Guilhaine Guilhene Guilhermina Guilhermine Guilia Guiliana Guiliane Guilianna Guillaine " +
  "Guillaumette Guillaumine Guillelmine Guillemine Guillerma Guillermina Guillermine Guilliane " +
  "Guilmette Guinivere Guiomar Guiselle Guiseppa Guiseppina Guislaine Guita Gul Gulay Gulbahar " +
  "Gulben Gulbeyaz Gulcan Gulcin Guldane Gulderen Guler Guleser Gulfidan Gulhan Gulhanim " +
  "Guliana Gulianna Gulistan Gulizar Gullu Gulnaz Gulnur Gulperi Gulsah Gulsen Gulseren Gulsum " +
  "Gulsun Gulten Guluzar Gumersinda Gunda Gundula Guneet Gunes Gurbani Gurbet Gurleen Gurutze " +
  "Gustavie Gustavine Gustine Guylaine Guyleine Guylene Guylhaine Guyliana Guyliane Guyonne " +
  "Guyslaine Guyveline Gwaenaelle Gwanaelle Gwellaouen Gwenael Gwenaela Gwenaele Gwenaella " +
  "Gwenaelle Gwenda Gwendaelle Gwendalina Gwendaline Gwendalyn Gwendalynn Gwendeline Gwendelyn " +
  "Gwendelyne Gwendelynn Gwendolina Gwendoline Gwendolyne Gwendolynn Gwendy Gwendylan " +
  "Gwenevere Gwenevieve Gwenhael Gwenhaelle Gwenith Gwenivere Gwenn Gwenna Gwennael Gwennaele " +
  "Gwennaelle Gwennaig Gwennan Gwennina Gwennola Gwennoline Gwenola Gwenolee Gwenoline Gwenyth " +
  "Gwladis Gwladys Gwyndolyn Gwynn Gwynneth Gyanna Gyliane Gyna Gynette Gypsie Gysele Gyselle " +
  "Gyslaine Gyslene Gyzelle Haasini Habby Habi Habibata Habibatou Habibe Habla Habsatou Haby " +
  "Habybatou Hacena Hacer Hachimia Hachmia Haciba Hacina Hada Hadama Hadamou Hadar Hadasa " +
  "Hadasah Hadassa Hadassah Hadda Haddie Haddy Hade Hadeel Hademou Hadessah Hadewig Hadhoum " +
  "Hadia Hadiatou Hadidja Hadija Hadil Hadile Hadiya Hadiyah Hadiyyah Hadja Hadjar Hadjara " +
  "Hadjer Hadjera Hadjia Hadjila Hadjira Hadlie Hadra Hadwig Hadya Hadyn Haedyn Haelee " +
  "Haeleigh Haeley Haeli Haelie Haely Haelyn Haeven Hafca Hafeda Haffida Hafida Hafidha Hafifa " +
  "Hafiza Hafize Hafsa Hafsah Hafsatou Hafsia Hafsoi Hafsoit Hafssa Hagar Hager Hagera Hagere " +
  "Hagira Hai Haiat Haiate Haicha Haida Haidee Haidi Haidy Haidyn Haiet Haiette Haila Hailea " +
  "Haileah Hailei Haileigh Hailen Haileyann Haili Hailie Haille Hailley Haillie Hailly Hailye " +
  "Hailyn Hailynn Haina Haira Hairia Haisley Haiven Haivyn Haiyan Haizea Haizene Haja Hajar " +
  "Hajare Hajer Hajera Hajere Hajiba Hajira Hajjar Hajra Hakila Hakima Halah Halaina Halana " +
  "Halaya Halayna Halea Haleah Halee Haleema Halei Halem Halena Halia Halida Haliegh Haliey " +
  "Halifa Halima Halimah Halimata Halimatou Halime Halimo Halina Halise Haliya Haliyah Halla " +
  "Halle Hallee Hallei Halleigh Hallel Hallya Hallye Halona Halya Halyma Halyn Halyna Halynn " +
  "Hamama Hamara Hamaria Hamelle Hamida Hamide Hamina Hamna Hamsika Hamsini Hanaa Hanaan " +
  "Hanadi Hanae Hanael Hanaelle Hanaine Hanako Hanalei Hanane Hananiah Hanann Hananne Hanaya " +
  "Handa Handan Hande Haneen Haneia Hanem Hanen Hanene Haneya Hania Haniah Hanifa Hanife Hanim " +
  "Hanin Hanina Hanine Hanissa Hanitra Haniya Haniyah Hannaa Hannae Hannahgrace Hannahmae " +
  "Hannahmarie Hannalee Hannan Hannane Hanne Hannelore Hannen Hannene Hannia Hansika Hansini " +
  "Hanta Hanya Haoua Hapsa Hapsatou Harena Hargun Haridian Harika Harini Harlea Harlee Harleen " +
  "Harlei Harleigh Harlette Harlo Harlow Harlowe Harly Harlym Harlyn Harlynn Harmani Harmanie " +
  "Harmeet Harmone Harmonee Harmonei Harmoney Harmoni Harmoniee Harmonii Harneet Harnoor " +
  "Harpreet Harshini Harshita Harshitha Harsimran Hartlee Haruka Harumi Hasana Hasanah Haset " +
  "Hashley Hasiba Hasibe Hasina Hasini Hasita Hasma Hasmik Hasmina Hasna Hasnae Hasnia Hasret " +
  "Hassa Hassana Hassanati Hassanatou Hassania Hassatou Hassena Hasset Hassia Hassiba Hassina " +
  "Hassna Hassnaa Hatika Hatouma Hatoumassa Hatoumata Hatun Hatziry Hauda Haude Hauria Hava " +
  "Havah Havan Havana Havanah Havanna Havannah Havanur Havida Havilah Havine Havva Havvanur " +
  "Havyn Hawaa Hawai Hawo Hawraa Hawwa Haya Hayal Hayam Hayame Hayana Hayat Hayate Hayatt " +
  "Hayatte Hayda Hayde Haydee Hayed Hayem Hayet Hayete Hayett Hayette Hayfa Hayla Haylana " +
  "Hayle Haylea Haylee Hayleen Haylei Hayleigh Haylen Hayli Haylie Haylin Hayline Hayllie " +
  "Hayly Haylyn Haylynn Hayna Hayra Hayriye Hayrunisa Hayrunnisa Hayven Hayvin Hayzel Hazal " +
  "Hazar Hazell Hazelle Hazelyn Haziza Hazyl Hazzel Heavan Heavenlee Heavenleigh Heavenley " +
  "Heavon Heavyn Heba Hebe Hedaya Hedia Hediye Hedwige Heena Heer Heger Hegesippe Hegoa Heiana " +
  "Heide Heidee Heidemarie Heiderose Heidrun Heidy Heike Heilani Heiley Heilgard Heily Heilyn " +
  "Heimiti Heinda Heiva Heja Hejar Hejer Helana Helay Helayna Helda Helea Heleana Heleen " +
  "Heleena Heleine Helem Helenna Helenne Heleonore Heley Helgard Helia Heliade Heliana Heliane " +
  "Helianne Helicia Heliena Helier Heliere Heliette Helima Helin Helina Heline Heliodora " +
  "Helise Hella Hellen Hellena Helley Helline Helly Helma Helodie Heloisa Helona Helora " +
  "Helvetia Helya Helyana Helyett Helyette Helyna Helyne Hema Hemeline Hemi Hemma Hemy Hena " +
  "Henar Henchy Hend Henda Henesis Henessy Henia Heniya Henlee Henleigh Henley Hennessey " +
  "Hennessy Hennesy Henola Henora Henria Henriane Henrianne Henricie Henrika Henrike Henrilia " +
  "Henrina Henrita Henryka Hensley Henya Hera Heran Hereiti Herenui Herine Herlinda Herline " +
  "Hermance Hermancia Hermande Hermanie Hermela Hermelinda Hermeline Hermence Hermenegilda " +
  "Hermenegilde Hermesinda Hermi Herminda Herminie Hermitas Hermosinda Herrade Hersilie Hervee " +
  "Herveline Hervelyne Hervine Hesna Heta Hetan Hetvi Heuria Heva Hevi Hevin Hevyn Hewan Heya " +
  "Heydi Heydy Heylee Heyli Heylie Heymi Heyna Hiam Hiara Hiba Hibah Hibat Hibba Hichima " +
  "Hichma Hicran Hidaya Hidayah Hidayat Hideya Hiedi Hifa Hifza Higinia Hiilei Hikari Hikima " +
  "Hikma Hilaire Hilal Hilana Hilari Hilaria Hilarie Hilarion Hilarionne Hildana Hildevert " +
  "Hilel Hilem Hilena Hiley Hiliana Hilinai Hilke Hillari Hilma Hilona Hiltraud Hiltrud Hilya " +
  "Hilyana Himane Himani Himaya Himen Himene Himida Himidati Hina Hinano Hinanui Hinatea " +
  "Hinaya Hinde Hindou Hinna Hipolita Hippolyne Hippolyte Hira Hiranur Hiromi Hiromy Hisae " +
  "Hissane Hitomi Hivda Hiya Hiyab Hiyam Hiyem Hizia Hiziya Hizya Hlima Hnia Hoa Hoai Hoang " +
  "Hoani Hoara Hodan Hodaya Hoela Hokulani Hollee Holley Holly Hollyann Hollyn Hollynn Holma " +
  "Holyanna Hombeline Honesti Hong Honoka Honora Honorat Honorata Honore Honorette Honorina " +
  "Honorine Honoryne Hoorain Hopelynn Horeb Horia Horiya Horlane Hortence Hortencia Horya " +
  "Hosana Hosannah Hossana Houaida Houarda Houaria Houda Houlemata Houlematou Houley Houleye " +
  "Houleymata Houleymatou Houlia Houna Hounaida Hounayda Houne Houraye Houria Hourida Houriya " +
  "Hourya Housna Housnati Housnia Houssna Houyam Houyame Houyem Hoyam Hozanna Hristina Huberte " +
  "Hubertine Huda Huertas Hugette Hugoline Huguette Hui Hulya Huma Humaira Humbeline Humeyra " +
  "Humildad Huong Huriye Huru Husna Husne Huyen Huynh Hyam Hyana Hyazintha Hyba Hydee Hydi " +
  "Hydie Hyla Hylana Hylda Hylee Hylena Hyliana Hylona Hymen Hyna Hynd Hynde Hyuna Hyzia " +
  "Iadine Ialria Iana Ianah Ianire Ianna Iannah Iara Iasha Iasia Iasmina Iayana Ibaia Iballa " +
  "Ibeth Ibone Ibticem Ibtihal Ibtihel Ibtisam Ibtisame Ibtisem Ibtissam Ibtissame Ibtissem " +
  "Ibtisseme Ibtyssem Iceis Icela Icesis Icess Ichraf Ichrak Icia Iciar Icis Iclal Icram " +
  "Icrame Icysis Icyss Idaira Idali Idalie Idalis Idaly Idania Idara Idaya Ide Idelette Idella " +
  "Idelma Idem Idene Idiatou Idil Idite Idoia Idora Idoya Idurre Idylle Ielena Iera Iesha " +
  "Ieshia Ieva Ife Ifeoma Ifra Ifrah Ignacia Ignacie Ignatia Ignazia Ignes Igone Ihcene " +
  "Ihintza Ihlem Ihsane Ihsen Ihsene Ihssan Ihssane Ihssen Ihssene Ijanae Ijeoma Ijja Ijlal " +
  "Ikbal Ikeria Ikerne Ikhlas Ikhlass Ikhlasse Ikra Ikram Ikrame Ikran Ikranur Ilaf Ilafe Ilah " +
  "Ilaina Ilaisaane Ilam Ilana Ilanah Ilane Ilani Ilanit Ilanite Ilanna Ilargi Ilari Ilaria " +
  "Ilary Ilaya Ilayda Ilayna Ilce Ilda Ildeberte Ildefonsa Ildevert Ildiko Ilea Ileah Ileanna " +
  "Ilee Ileen Ileene Ilef Ileigh Ilem Ilena Ilenia Ilenya Ileona Iley Ileyah Ileyda Ileyna " +
  "Ilham Ilhame Ilhana Ilhem Ilheme Ilhona Ilhyana Iliane Ilianis Ilianna Iliany Ilidia Ilinca " +
  "Iline Ilinka Iliona Ilisa Ilisabete Ilissa Ilithyia Iliyah Iliyana Iliz Ilizabete Iljana " +
  "Ilkay Ilknur Illana Illeana Illena Illi Illiana Illianna Illina Illiona Illona Illy Illyana " +
  "Illyanna Illyna Illyria Illyssa Ilma Iloa Iloane Iloe Iloha Ilonah Ilonka Ilonna Ilouna " +
  "Iluminada Iluna Ilva Ilwad Ily Ilyana Ilyanah Ilyane Ilyanna Ilyannah Ilyn Ilyna Ilyne " +
  "Ilyona Ilys Ima Imaan Imaculada Imae Imahni Imain Imaine Iman Imana Imani Imanie Imanii " +
  "Imann Imanne Imanni Imany Imara Imari Imaya Imela Imen Imena Imene Imenne Imiyah Imke Imma " +
  "Immacolata Immaculada Immaculee Immane Imna Imoni Imonie Imrana Imunique Imya Inaam Inaaya " +
  "Inacia Inae Inah Inahya Inaia Inais Inalya Inam Inara Inarah Inari Inas Inasia Inass Inasse " +
  "Inata Inaya Inayaa Inayah Inayat Incarnacion Inci Incoronata Inda Indalecia Indara Inde " +
  "Indee Indhira Indi Indiah Indica Indila Indiya Indiyah Indra Indrani Indranie Indrany Indya " +
  "Indyah Indyla Indyra Inel Inelle Inesa Inese Iness Inesse Ineya Infiniti Ingeburg Ingehild " +
  "Ingri Ingride Ingris Ingrit Ingry Ingvild Inhaya Inika Iniya Inma Inmaculada Innah Innaya " +
  "Innayah Innes Innocente Inoa Inocencia Inocenta Inola Insaf Insafe Insia Insiya Inssaf " +
  "Inssafe Insya Intisar Intissar Intissare Intza Ioana Ioanna Ioena Iola Iolana Iolanda " +
  "Iolani Iole Ione Ionela Ionica Ionna Iosune Ipek Iphigenie Iptissam Iptissem Iqra Irache " +
  "Iradi Iraia Iraida Iraide Irais Iraitz Iralyn Irantzu Iranzu Irasema Iratxe Iratze Iraya " +
  "Irea Ireana Ireanna Ireine Irelan Ireland Irelyn Irelynd Irelynn Irelynne Irem Iremsu " +
  "Irenee Irenne Irfane Iria Iriana Irianna Iride Iridessa Irie Irieana Irihanna Irine Irini " +
  "Irisa Irlanda Irlande Irmak Irmgard Irmgarde Irmhild Irmi Irmice Irmina Irmine Irmingard " +
  "Irmis Irmtraud Irmtraut Irna Iroha Iroise Irsa Irsana Irulan Irune Irya Iryanna Iryna Irys " +
  "Iryss Isabeau Isabellagrace Isabellah Isabellamarie Isabellarose Isabelly Isae Isaelle " +
  "Isahora Isaira Isalia Isalie Isalina Isaline Isalis Isaly Isalyne Isalys Isamar Isamary " +
  "Isana Isandre Isaora Isatis Isatou Isatu Isatys Isaura Isaure Isavela Isaya Isbella " +
  "Isbergue Isbergues Iscia Isciane Ise Isea Isebella Isee Isel Isela Iseline Isella Isenia " +
  "Iseult Iseut Isha Ishaal Ishana Ishani Ishanvi Ishi Ishika Ishita Ishitha Ishmeet Isia " +
  "Iside Isidorine Isidra Isie Isil Isild Isilda Isilde Isiss Iska Islah Islame Islane Islay " +
  "Islem Isleme Isley Isleym Islim Isma Ismaa Ismaela Ismaella Ismaelle Ismah Ismahan Ismahane " +
  "Ismahen Ismahene Ismari Ismelda Ismene Ismerai Ismerie Ismery Ismihan Isna Isnelle Isobella " +
  "Isobelle Isola Isolda Isolina Isoline Isolyne Isona Isora Isore Isotta Isra Israa Israe " +
  "Israella Israelle Israh Issabel Issabela Issabella Issabelle Issia Issis Issma Issra Issraa " +
  "Issrae Issya Isy Isya Isys Isyss Iszabella Ita Itahisa Itala Italie Italy Italya Itati " +
  "Itcel Ithaisa Ithzel Itia Itsasne Itsaso Itsel Itto Itxasne Itxaso Itxel Itza Itzabella " +
  "Itzamar Itzary Itzayana Itzel Itzell Itzelle Itzely Itzia Itziar Itzury Itzy Iulia Iuliana " +
  "Iuliia Iuna Iune Iustina Ivanah Ivane Ivania Ivanie Ivanka Ivanna Ivannah Ivanne Ivannia " +
  "Ivanny Ivany Ivee Ivelina Iveline Ivelise Ivelisse Ivelyne Ivelyse Ivery Ivet Iveth Ivey " +
  "Iviana Ivianna Ivionna Ivona Ivone Ivoree Ivori Ivorie Ivyana Ivyanna Ivye Ivylynn Ivyonna " +
  "Iwalani Iwinosa Ixayana Ixchel Ixchell Ixeia Ixeya Ixone Iya Iyahna Iyana Iyanah Iyani " +
  "Iyanna Iyannah Iyanni Iyari Iyasia Iyauna Iyla Iyona Iyonna Iyonnah Iysha Iysis Iyunna Iza " +
  "Izabela Izabelah Izabell Izabella Izabellah Izabelle Izadi Izadora Izaline Izalyne Izamar " +
  "Izana Izaora Izarbe Izaria Izariah Izaskun Izaura Izavella Izdihar Izel Izela Izellah " +
  "Izelle Izem Izia Iziana Iziar Izie Izilda Izis Iziya Izoenn Izold Izumi Izy Izya Izza " +
  "Izzabela Izzabell Izzabella Izzabelle Izzah Izzibella Izzie Jaade Jaala Jaaliyah Jaana " +
  "Jaanai Jaanvi Jaasia Jabrea Jabreia Jabria Jabriah Jacalyn Jacara Jacaria Jacarra Jacayla " +
  "Jacee Jacelle Jacelyn Jacelynn Jacey Jachelle Jaci Jaciana Jacianna Jacie Jacilyn Jacinte " +
  "Jaciyah Jackalyn Jackelin Jackeline Jackelinne Jackelyne Jackelynn Jacklyne Jacklynn Jackye " +
  "Jaclynn Jacoba Jacobine Jacoria Jacotte Jacoya Jacqlyn Jacqualine Jacqualynn Jacquelene " +
  "Jacquelinne Jacquelyne Jacquemine Jacqueminette Jacquine Jacqulin Jacquline Jacqulyn Jacy " +
  "Jacynthe Jadae Jadah Jadalee Jadali Jadalise Jadalyn Jadalynn Jadamarie Jadasia Jadaya " +
  "Jadda Jadea Jadee Jadelin Jadelyn Jadelynn Jadence Jadene Jadesola Jadey Jadeyn Jadhe Jadi " +
  "Jadia Jadie Jadine Jadira Jadis Jadiya Jadore Jadranka Jadwiga Jady Jadyn Jadynn Jadzia " +
  "Jaeana Jaeanna Jaeci Jaeda Jaedah Jaedyn Jaedynn Jael Jaela Jaelah Jaelani Jaelee Jaeleen " +
  "Jaeleigh Jaelene Jaeley Jaeli Jaeliah Jaelie Jaelina Jaeline Jaella Jaelle Jaely Jaelyn " +
  "Jaelyne Jaelynn Jaelynne Jaelys Jaemarie Jaena Jaeona Jaeya Jagoda Jahaira Jahanna Jahara " +
  "Jahayra Jahdai Jahde Jahelle Jahia Jahida Jahina Jahira Jahiya Jahiyah Jahkayla Jahlia " +
  "Jahliah Jahliya Jahliyah Jahlya Jahlyna Jahlys Jahmia Jahmiah Jahmiya Jahmiyah Jahmya " +
  "Jahmyah Jahna Jahnae Jahnaelle Jahnavi Jahnay Jahnaya Jahnelle Jahni Jahnia Jahniah Jahnice " +
  "Jahniya Jahniyah Jahnvi Jahnya Jahnyla Jahya Jahyah Jahyana Jahyanna Jahyna Jahzara " +
  "Jahzaria Jahzarra Jaia Jaiah Jaiana Jaianna Jaicee Jaicey Jaici Jaida Jaidah Jaidalyn " +
  "Jaidalynn Jaide Jaidee Jaidence Jaidlyn Jaidy Jaidyn Jaidynn Jaila Jailah Jailani Jailee " +
  "Jaileen Jailene Jailey Jaili Jailia Jailin Jailine Jailyn Jailyne Jailynn Jailynne Jailys " +
  "Jaima Jaimarie Jaimee Jaimey Jaimya Jaina Jainiya Jaiona Jaione Jaionna Jaira Jairy Jaisa " +
  "Jaisha Jaislyn Jaisy Jaiya Jaiyah Jaiyana Jaiyanna Jaiyda Jaiyla Jajaira Jakaila Jakailah " +
  "Jakaiya Jakala Jakalyn Jakara Jakaria Jakaya Jakayah Jakayla Jakaylah Jakeira Jakeisha " +
  "Jakela Jakelin Jakeline Jakelyn Jakelyne Jakenya Jakera Jakeria Jakerra Jakerria Jakeya " +
  "Jakhia Jakhiya Jakia Jakiah Jakiera Jakira Jakirah Jakiya Jakiyah Jakiyla Jaklyn Jaklynn " +
  "Jakya Jakyah Jakyia Jakyiah Jakyla Jakylah Jakyra Jakyrah Jakyria Jala Jalacia Jalae Jalah " +
  "Jalaila Jalaina Jalaiya Jalana Jalane Jalasha Jalasia Jalaya Jalayah Jalayia Jalayiah " +
  "Jalayla Jalayna Jalaysha Jalaysia Jale Jalea Jaleah Jaleana Jalecia Jalee Jaleea Jaleeah " +
  "Jaleen Jaleena Jaleesa Jaleeya Jaleeyah Jaleia Jaleigh Jaleigha Jaleiya Jaleiyah Jalena " +
  "Jalencia Jalene Jaleria Jalesa Jalese Jalesia Jalessa Jalexa Jalexia Jalexis Jaley Jaleya " +
  "Jaleyah Jaleyiah Jali Jalia Jaliah Jaliana Jalice Jalicia Jalie Jalila Jalilah Jalina " +
  "Jaline Jalisa Jalise Jalisha Jalisia Jalissa Jaliya Jaliyah Jaliza Jallila Jalliyah Jalna " +
  "Jalya Jalyah Jalycia Jalyiah Jalyn Jalyne Jalynn Jalynne Jalysa Jalyse Jalyssa Jamaia " +
  "Jamaira Jamaiya Jamaiyah Jamara Jamarah Jamaria Jamariah Jamariana Jamariya Jamariyah " +
  "Jamarria Jamarya Jamauria Jamaya Jamayah Jamayia Jamayiah Jamayra Jamea Jameah Jamecia " +
  "Jamee Jameela Jameelah Jameera Jameerah Jameia Jameila Jameisha Jameka Jamela Jamelah " +
  "Jamelia Jamella Jamera Jameria Jameriah Jamerica Jameriya Jamese Jamesha Jameshia Jamesia " +
  "Jamesyn Jameya Jamia Jamiah Jamiee Jamielyn Jamielynn Jamika Jamila Jamilah Jamile Jamilee " +
  "Jamilet Jamileth Jamilett Jamilette Jamilex Jamilia Jamilla Jamillah Jamillette Jamily " +
  "Jamilyn Jamilynn Jamina Jamira Jamiracle Jamirah Jamiria Jamirra Jamirrah Jamisyn Jamiya " +
  "Jamiyah Jamiyha Jamiyla Jamoni Jamonie Jamora Jamy Jamya Jamyah Jamye Jamyia Jamyiah Jamyla " +
  "Jamylah Jamyra Jamyrah Jamyri Jamyria Jamyriah Janaa Janaeh Janaelle Janaeya Janah Janai " +
  "Janaia Janaiah Janaija Janaina Janais Janaisa Janaisha Janaiya Janaiyah Janajah Janaki " +
  "Janalee Janan Janane Janani Janara Janaria Janasha Janashia Janasia Janat Janate Janavia " +
  "Janay Janayah Janayia Janayla Janaysha Janayshia Janaysia Janazia Jancy Janea Janeah " +
  "Janecia Janee Janeesa Janeiah Janeice Janeida Janeidy Janeira Janeiry Janeisa Janeisha " +
  "Janeli Janelie Janelis Janelise Janeliz Janell Janelli Janellie Janelly Janellys Janely " +
  "Janelya Janelys Janesa Janese Janesha Janess Janessah Janete Janeth Janett Janetzy Janeya " +
  "Janhavi Janiah Janiaha Janiaya Janic Janica Janicia Janick Janiece Janieliz Janielle " +
  "Janieya Janig Janiha Janijah Janika Janila Janilah Janinne Janique Janira Janirah Janire " +
  "Janisa Janise Janisha Janissa Janisse Janita Janitza Janivea Janiya Janiyaa Janiyah Janiyha " +
  "Janiyia Janiyla Janiylah Janki Jannah Jannat Jannate Jannatul Janne Jannell Jannely " +
  "Jannessa Jannet Janneth Jannett Jannette Jannice Jannick Jannie Jannika Jannina Jannine " +
  "Jannique Janny Janvi Janya Janyah Janyce Janye Janyia Janyiah Janyla Janylah Janyne Janyria " +
  "Janys Jaonna Jaouhara Jaouida Jaquala Jaquelinne Jaquelyne Jaquelynn Jara Jarae Jarah " +
  "Jaraya Jarayah Jare Jareli Jarelis Jareliz Jarelly Jarely Jarelyn Jarelys Jarethzy Jaretzi " +
  "Jaretzy Jaria Jariah Jariana Jarianna Jariely Jarilyn Jarissa Jaritza Jariya Jariyah " +
  "Jaroslawa Jarriah Jaryah Jaryiah Jasa Jasalyn Jasalynn Jasani Jasara Jasaya Jasel Jaselle " +
  "Jaselyn Jasera Jasey Jashanti Jashayla Jashia Jashiya Jashley Jashya Jashyia Jasia Jasie " +
  "Jasilyn Jasira Jasiya Jasiyah Jaslean Jasleen Jasleene Jaslen Jaslene Jaslenne Jasley " +
  "Jaslin Jasline Jasly Jaslyn Jaslyne Jaslynn Jaslynne Jasmaine Jasmari Jasmarie Jasmeen " +
  "Jasmeet Jasmen Jasmia Jasminne Jasmonde Jasmyn Jasmyne Jasmynn Jasna Jasnoor Jasonna " +
  "Jaspreet Jasselle Jasslyn Jasslynn Jassmin Jassmine Jasyia Jasyiah Jasyra Jatara Jatasia " +
  "Jatavia Jatia Jatoria Jatziri Jatziry Javae Javaeh Javana Javayah Javeah Javeria Javia " +
  "Javiah Javiana Javianna Javionna Javonna Javotte Jawaher Jawhara Jaya Jayah Jayana Jayanah " +
  "Jayane Jayani Jayanna Jayannah Jayanti Jaycee Jaycelyn Jaycelynn Jayci Jaycia Jaycie Jayd " +
  "Jayda Jaydah Jaydalee Jaydaliz Jaydalyn Jaydalynn Jayde Jaydee Jaydeen Jaydence Jaydi " +
  "Jaydia Jaydy Jaydynn Jayela Jayelle Jayelyn Jayia Jayla Jaylaa Jaylah Jaylana Jaylani " +
  "Jaylanie Jaylannie Jayle Jaylea Jayleah Jaylean Jayleana Jaylee Jayleen Jayleena Jayleene " +
  "Jaylei Jayleigh Jaylena Jaylene Jaylenn Jaylenne Jaylese Jayley Jayli Jaylia Jayliah " +
  "Jayliana Jaylianna Jaylicia Jaylie Jaylina Jayline Jaylinn Jaylis Jaylissa Jaylnn Jaylyn " +
  "Jaylyne Jaylynn Jaylynne Jayma Jaymiya Jayna Jaynee Jaynelle Jayni Jaynia Jayniah Jaynie " +
  "Jayona Jayonna Jayra Jaysa Jaysha Jaysie Jayslin Jayva Jazabell Jazale Jazalyn Jazalynn " +
  "Jazara Jazarah Jazaria Jazariah Jazel Jazell Jazelle Jazelyn Jazelynn Jazharia Jazia Jaziah " +
  "Jazilyn Jazira Jaziya Jaziyah Jazleen Jazleene Jazlen Jazlena Jazlene Jazlin Jazline Jazlyn " +
  "Jazlyne Jazlynn Jazlynne Jazmaine Jazman Jazmarie Jazmeen Jazmen Jazmere Jazmina Jazmyn " +
  "Jazmyne Jazmynn Jazya Jazyah Jazyiah Jazyria Jazzalyn Jazzalynn Jazzanae Jazzel Jazzell " +
  "Jazzelle Jazzelyn Jazzi Jazziah Jazzie Jazzlene Jazzlin Jazzlyn Jazzlyne Jazzlynn Jazzmen " +
  "Jazzmin Jazzmine Jazzmyn Jazzmyne Jda Jeanae Jeanasia Jeanetta Jeanice Jeanick Jeaninne " +
  "Jeanique Jeanise Jeannelle Jeannetta Jeannic Jeannice Jeannick Jeannik Jeannille Jeannique " +
  "Jeannise Jeannotte Jeanny Jeannyne Jeany Jeda Jedidah Jehan Jehane Jehanne Jehieli Jeida " +
  "Jeidy Jeila Jeilin Jeily Jeilyn Jeimi Jeimy Jeiry Jekaterina Jekayla Jekeria Jela Jeleah " +
  "Jelica Jelicia Jelila Jelina Jelisa Jelissa Jelitza Jeliyah Jelyssa Jema Jemaa Jemia Jemiah " +
  "Jemila Jemina Jemiyah Jemma Jemya Jenae Jenaelle Jenah Jenai Jenalee Jenalise Jenalyn " +
  "Jenalynn Jenan Jenane Jenasia Jenasis Jenavecia Jenavee Jenavi Jenavicia Jenavie Jenavieve " +
  "Jenavive Jenay Jenaya Jenayah Jenaye Jenci Jencie Jency Jendayi Jene Jenea Jenecia Jenedy " +
  "Jenee Jeneen Jenell Jenelly Jenely Jenesa Jenesis Jenessa Jenessy Jenesys Jenette Jeneva " +
  "Jenevieve Jenia Jeniah Jenice Jenika Jenise Jenisha Jenisis Jenissa Jenisse Jenita Jeniya " +
  "Jeniyah Jennae Jennafer Jennah Jennalee Jennalise Jennalyn Jennalynn Jennamarie Jennasis " +
  "Jennat Jennavecia Jennavicia Jennavie Jennavieve Jennavive Jennaya Jennea Jennedy Jennefer " +
  "Jennelle Jennesis Jennessa Jennessy Jennia Jenniffer Jennika Jennipher Jennise Jenniyah " +
  "Jennyfer Jennypher Jenofa Jenova Jensy Jensyn Jentri Jentry Jeny Jenya Jenyah Jenyfer " +
  "Jeorgia Jera Jeraldine Jeralyn Jeralynn Jerelyn Jerianna Jerica Jerika Jerikah Jerilyn " +
  "Jeriyah Jerkiya Jermani Jermaya Jermeria Jermia Jermiya Jermiyah Jermya Jernee Jerney Jerni " +
  "Jernie Jerniya Jerniyah Jeromia Jeromine Jeronima Jerra Jerriah Jerrica Jerrika Jerriyah " +
  "Jersee Jersi Jersie Jerusalem Jerusalen Jerusha Jerzee Jerzey Jerzi Jerzie Jesa Jesabel " +
  "Jesabelle Jesalyn Jeselle Jeselyn Jesenia Jesenya Jesi Jesika Jesilyn Jesleen Jeslene " +
  "Jesley Jeslie Jeslin Jesly Jeslyn Jeslynn Jessalynn Jesseca Jessel Jesselle Jessenia " +
  "Jessenya Jessia Jessicka Jessilyn Jessilynn Jesslene Jesslin Jesslyn Jesslynn Jessyca " +
  "Jessye Jessyka Jestina Jestine Jesula Jesusa Jesusita Jetta Jevaeh Jewelia Jeweliana " +
  "Jewelianna Jewelissa Jewelz Jeyda Jeydi Jeydy Jeyla Jeyleen Jeyli Jeylin Jeyline Jeyly " +
  "Jeymi Jeyna Jezabel Jezabelle Jezebelle Jezel Jezelle Jezeniah Jeziyah Jezlyn Jezlynn " +
  "Jezzelle Jhada Jhade Jhanae Jhane Jhania Jhaniya Jhanvi Jhayla Jhene Jhoana Jhoanna " +
  "Jhoselin Jhoseline Jhoselyn Jia Jiada Jiah Jiahui Jiajia Jiali Jiana Jianfen Jianna Jiaqi " +
  "Jiaxin Jiayi Jiaying Jihade Jihan Jihane Jihanna Jihanne Jihed Jihen Jihene Jihenne Jilane " +
  "Jiliane Jilliana Jilliane Jillianna Jillianne Jillyan Jimaya Jimena Jimenna Jimmiah Jimya " +
  "Jina Jinan Jinane Jinda Jinen Jinene Jinette Jingjing Jingyi Jirah Jireh Jisel Jisela " +
  "Jisele Jisell Jisella Jiselle Jissel Jisselle Jitzel Jiulia Jiwon Jiya Jiyah Jiyan Jizel " +
  "Jizele Jizell Jizelle Jizzelle Jkayla Jla Jlah Jlee Jleigh Jlenia Jlyn Jlynn Jmarie Jmiyah " +
  "Jmya Jniah Jniaya Jniya Jniyah Jnya Jnyah Joa Joachime Joachine Joaline Joaly Joanita " +
  "Joannah Joannick Joannie Joanny Joany Joaquima Joaquina Joaquine Joassine Jocabed Jocee " +
  "Jocelaine Jocely Jocelynn Jocelynne Jocey Joci Jocia Jocie Jocilyn Jocilynn Joclyn Joclynn " +
  "Joconde Jocya Jocylin Joddie Joddy Jodelle Joeanna Joee Joei Joelee Joeleen Joelene Joeli " +
  "Joeline Joeliz Joellie Joelline Joely Joelyn Joelyne Joelys Joesphine Joeva Joffrette " +
  "Joffrine Jofrette Johaina Johane Johanie Johanita Johannata Johanne Johannie Johanny Johany " +
  "Johar Johara Johari Johayna Joheina Johnae Johnasia Johnay Johnelle Johnia Johnise Johniya " +
  "Johnnae Johnnay Johntavia Johnya Johonna Johra Joi Joia Joie Jolaine Jolanda Jolane Jolanne " +
  "Jolanta Jolantha Jole Jolea Joleah Joleena Joleene Joleigh Jolett Jolette Joley Jolia " +
  "Joliana Joliane Jolianna Jolien Joliette Jolin Jolina Jolisa Jolissa Joliyah Jolyne Jolyssa " +
  "Jomana Jomara Jomarie Jomaris Jomary Jonae Jonaelle Jonasia Jonaya Jonelle Jonessa Joniah " +
  "Jonica Jonisha Joniya Joniyah Jonna Jonnae Jonni Jonnie Jontasia Joplin Joplyn Jorane " +
  "Jordane Jordanne Jordayn Jordeyn Jordian Jordin Jordina Jordis Jordyn Jordyne Jordynn " +
  "Jordynne Jorga Jorgelina Jorgia Jorgina Joriah Joriann Jorja Joryn Josalin Josaline Josalyn " +
  "Josalynn Josane Josanna Josanne Josaphine Josceline Joscelyne Joscelynn Joseane Joselaine " +
  "Joselene Joselia Joselina Joseline Joselita Joselle Josely Joselyne Joselynn Joselynne " +
  "Josepa Josephe Josephte Josera Josete Josette Joshalyn Joshalynn Joshelyn Joshlyn Joshlynn " +
  "Josiana Josiane Josianne Josilin Josilyn Josilynn Josine Josita Joslene Josline Joslyne " +
  "Joslynn Joslynne Josmary Jossalin Jossalyn Jossalynn Josseline Josselyne Josselynn Jossette " +
  "Jossia Jossiane Jossie Jossilyn Josslin Josslyn Josslynn Josune Josyane Josyanne Josyne " +
  "Jouana Jouanna Jouayria Joud Jouda Joude Joudi Joudia Joudy Joudya Jouhaina Jouhayna " +
  "Jouheyna Joulia Jouliana Jouliane Joulya Joumana Joumayna Jourdin Jourdyn Jouri Journe " +
  "Journee Journei Journi Journie Joury Jouwayria Jouwayriya Jovanka Jovanna Jovee Jovey Jovi " +
  "Joviana Jovianna Jovianne Jovie Jovita Jovonna Joyanna Joycelyn Joycelynn Joydan Joylyn " +
  "Joylynn Jozalyn Jozalynn Jozee Jozefa Jozelyn Jozelynn Jozephine Jozette Jozey Joziane " +
  "Jozie Jozlin Jozlyn Jozlynn Jozy Juani Juanna Judea Judia Judicael Judicaele Judicaelle " +
  "Judikaelle Judit Judite Judithe Juditta Judyth Juhayna Juhi Juillette Julea Juleah Juleana " +
  "Juleigh Julene Julette Juliah Juliahna Juliahnna Juliamarie Julianah Juliani Julianie " +
  "Juliannah Julianny Juliany Juliauna Julibeth Julicia Julide Julieana Julieann Julieanna " +
  "Julieanne Julienna Julieonna Julieth Juliett Julija Julionna Julisa Julitte Julitza Juliya " +
  "Juliyah Juliza Julizza Jullia Julliana Jullie Julliet Julliette Jullisa Jully Julya Julyana " +
  "Julyane Julyanna Julye Julyne Julyssa Jumana Jumanah Juna Juncal Junelle Juno Junon Juridia " +
  "Jurnee Jurney Jurni Jurnie Justa Juste Justinne Justise Justiss Justyce Justyna Justyne " +
  "Justyse Jutta Juwairiyah Juwayria Juwayriya Jyanna Jyasia Jyhane Jyla Jyllian Jynelle " +
  "Jynesis Jyotsna Jyra Jyrah Jyzelle Kaaliyah Kaari Kaavya Kaba Kabella Kabira Kabria Kacee " +
  "Kacelyn Kacendra Kacia Kacyn Kadance Kadasia Kadee Kadeja Kadence Kadey Kadhija Kadi Kadia " +
  "Kadiata Kadidia Kadidiatou Kadidja Kadidjatou Kadie Kadience Kadija Kadijah Kadijatou " +
  "Kadince Kadiriye Kadja Kadjatou Kadjidia Kadoudja Kadouja Kadra Kadrianna Kadriye Kady " +
  "Kadya Kadynce Kadynn Kae Kaedance Kaedence Kaedynce Kaelah Kaelani Kaelea Kaelee Kaeleen " +
  "Kaelei Kaeleigh Kaeley Kaeli Kaelia Kaeliana Kaelie Kaeliegh Kaelig Kaelin Kaella Kaelle " +
  "Kaelly Kaely Kaelya Kaelyn Kaelyne Kaelynn Kaelynne Kaelys Kaena Kaessy Kaetlyn Kaeya Kafia " +
  "Kafoune Kagny Kagoro Kahaia Kahena Kahila Kahili Kahina Kahlan Kahlani Kahleah Kahlee " +
  "Kahlen Kahli Kahlia Kahlie Kahliya Kahliyah Kahlyn Kahlynn Kahmiyah Kahmora Kahmya Kahmyra " +
  "Kahniyah Kaho Kahyla Kahyna Kaiah Kaiana Kaibree Kaicee Kaicha Kaicy Kaida Kaidance Kaidee " +
  "Kaidence Kaidynce Kaija Kaijah Kailah Kailana Kailani Kailany Kailea Kaileah Kailee Kaileen " +
  "Kaileena Kailei Kaileigh Kailene Kaili Kailia Kailiana Kailie Kailin Kailina Kailiyah " +
  "Kailla Kailly Kaily Kailya Kailyah Kailye Kailyn Kailyne Kailynn Kailynne Kailys Kaima " +
  "Kaina Kainat Kaira Kairah Kairi Kairie Kairy Kaisa Kaisha Kaisley Kaissa Kaissy Kaisy " +
  "Kaitelyn Kaithleen Kaithlyn Kaitlan Kaitleen Kaitlen Kaitley Kaitline Kaitlinn Kaitlyne " +
  "Kaitlynne Kaity Kaiulani Kaiya Kaiyah Kaiyana Kaiyla Kajal Kajetana Kajsa Kalah Kalaina " +
  "Kalaiya Kalaiyah Kalana Kalanie Kalathoumi Kalaya Kalayah Kalaysia Kalea Kaleah Kaleaha " +
  "Kaleana Kalecia Kalee Kaleea Kaleeah Kaleen Kaleese Kaleeya Kaleeyah Kalei Kaleia Kaleiah " +
  "Kaleigha Kaleisha Kaleiya Kaleiyah Kalena Kalese Kaley Kaleya Kaleyah Kalia Kaliah Kaliana " +
  "Kaliane Kaliann Kalianna Kalianne Kalicia Kalida Kalidiatou Kaliegh Kalijah Kalilah Kalima " +
  "Kalin Kaline Kalinka Kalisa Kalise Kalisha Kalissa Kalissia Kalissy Kalista Kaliya Kaliyah " +
  "Kalkidan Kalla Kallee Kalleigh Kalley Kallina Kalliope Kalliopi Kallista Kalliste Kallya " +
  "Kallyn Kaloni Kalthoum Kaltoum Kaltouma Kaltoume Kaltrina Kaly Kalya Kalyah Kalyana Kalyane " +
  "Kalyani Kalyce Kalycia Kalye Kalyia Kalyn Kalyna Kalynn Kalynne Kalypso Kalys Kalysa Kalyse " +
  "Kalyssa Kalyssia Kalysta Kama Kamaia Kamaile Kamaiya Kamaiyah Kamalani Kamalei Kamani " +
  "Kamara Kamarah Kamarea Kamaria Kamariah Kamariana Kamarie Kamariona Kamariya Kamariyah " +
  "Kamarra Kamarrah Kamarria Kamaryn Kamaurie Kamaya Kamayah Kambel Kamber Kambre Kambrea " +
  "Kambree Kambrey Kambri Kambria Kambrie Kambry Kambrya Kambryn Kamdyn Kamea Kameah Kamee " +
  "Kameelah Kamela Kamelah Kamelia Kamellia Kamellya Kamelya Kamer Kamera Kameria Kameryn " +
  "Kameya Kami Kamia Kamiah Kamie Kamiera Kamilia Kamill Kamilla Kamille Kamillia Kamilly " +
  "Kamilya Kamir Kamira Kamirah Kamirra Kamiryn Kamissa Kamiya Kamiyah Kamiylah Kamla Kammi " +
  "Kammie Kammy Kamoni Kamonie Kamora Kamorah Kamori Kamoria Kamorie Kamorra Kampbell Kamree " +
  "Kamrey Kamri Kamrie Kamry Kamryn Kamrynn Kamy Kamya Kamyah Kamyia Kamyiah Kamyla Kamylah " +
  "Kamylia Kamylle Kamyra Kamyrah Kana Kanae Kanaja Kanani Kanari Kanasia Kanaya Kancou Kande " +
  "Kandi Kandia Kandice Kandie Kandis Kandji Kandra Kandy Kandyce Kandys Kaneisha Kanel " +
  "Kanelle Kanesha Kaniah Kanija Kanijah Kanika Kanisha Kanishka Kanita Kanitha Kaniya Kaniyah " +
  "Kaniza Kankou Kanna Kannelle Kanny Kanora Kanthio Kanto Kanwal Kany Kanyah Kanyia Kanyiah " +
  "Kanyla Kanza Kaoitar Kaola Kaori Kaotar Kaoula Kaoura Kaoutar Kaoutare Kaouter Kaouthar " +
  "Kaouthara Kaouther Kapri Kaprice Kapucine Karah Karaleigh Karalina Karaline Karalyn " +
  "Karalyne Karama Karamia Karcyn Kardelen Kardiatou Kardyn Kareema Kareemah Kareen Kareena " +
  "Karele Kareli Karelin Karelle Karelly Karely Karelyn Karelys Karema Karene Karenn Karenna " +
  "Karenne Karey Kariah Kariana Karianna Karianne Karidee Karidia Karidiatou Karidja Karigan " +
  "Karilyn Karimah Karinah Karington Karinn Karinna Karinne Kariona Karise Karishma Karisma " +
  "Kariss Kariya Kariyah Kariyana Karizma Karlah Karlea Karlei Karleigh Karlena Karlette " +
  "Karley Karli Karlin Karlina Karline Karliyah Karlye Karlyne Karlynn Karmah Karman Karmela " +
  "Karmele Karmella Karmin Karmindy Karmon Karmyn Karolane Karoleena Karolin Karoll Karolyn " +
  "Karolyna Karolyne Karolynn Karra Karren Karri Karrigan Karrin Karrine Karrington Karris " +
  "Karrissa Karstyn Karsyn Karsynn Karthika Kartoum Karuna Karyme Karyna Karyne Karys Karysa " +
  "Karyssa Kasandra Kasaundra Kashae Kashanti Kashari Kashawna Kashay Kashayla Kashia Kashika " +
  "Kashira Kashish Kashlyn Kashmir Kashvi Kasi Kasia Kasiah Kasidee Kasidi Kasidy Kasie " +
  "Kasimira Kasiya Kasiyah Kasmira Kasondra Kassadi Kassady Kassandre Kassendra Kassiah " +
  "Kassidee Kassidi Kassidie Kassidy Kassity Kassondra Kassy Kassya Kassydi Kassylia Kasumi " +
  "Katalea Kataleena Katalena Kataleya Kataleyah Katalia Katalina Kataline Kataliya Katalya " +
  "Katalyn Katalyna Katalyne Katana Katanna Katara Kataryna Katarzyna Kataya Katel Katelee " +
  "Kateleen Katelin Katelina Kateline Katelinn Katell Katelle Katelyne Katelynne Katen Katera " +
  "Kateri Katerin Kateryn Kateryna Kathaleen Kathaleya Kathalina Kathaline Kathalya Kathalyn " +
  "Kathalyna Kathalyne Katharyna Kathel Katheleen Katheline Kathelyn Kathelyne Katherin " +
  "Katherinne Katheryne Kathia Kathiana Kathinka Kathlen Kathlene Kathline Kathlyn Kathlyne " +
  "Kathlynn Kathrein Kathrin Kathrina Kathrynn Kathya Kathyrn Katiana Katiane Katianna Katiba " +
  "Katidja Katieann Katielyn Katielynn Katilyn Katilynn Katiuscia Katixa Katiya Katja Katka " +
  "Katline Katlyne Katlynn Katniss Katnyss Katori Katoria Katoucha Katrianna Katrice Katriel " +
  "Katrin Katriona Katryn Katryna Katsiaryna Kattalin Kattia Kattin Kattina Kattleya Katty " +
  "Katucia Katurah Katussia Katyana Katye Kautar Kauzar Kaviona Kavitha Kaviya Kavya Kawaii " +
  "Kawsar Kawtar Kawtare Kawter Kawthar Kawther Kaya Kayah Kayal Kayana Kayane Kayani Kayann " +
  "Kayanna Kaybree Kayce Kaycha Kayci Kaycie Kayda Kaydance Kaydee Kaydence Kaydense Kaydenze " +
  "Kaydi Kaydie Kaydince Kaydynce Kaydynn Kayedence Kayela Kayelee Kayelin Kayelyn Kayelynn " +
  "Kayhla Kayia Kayissa Kayjah Kaylah Kaylamarie Kaylana Kaylane Kaylani Kaylanie Kaylanna " +
  "Kaylany Kaylea Kayleah Kaylean Kayleana Kayleann Kayleanna Kayleeann Kayleemarie Kayleen " +
  "Kayleena Kaylei Kaylena Kaylene Kaylenn Kayler Kaylhia Kayli Kaylia Kayliah Kayliana " +
  "Kayliann Kaylianna Kaylie Kaylieann Kayliegh Kaylin Kaylina Kayline Kaylinn Kaylis Kaylise " +
  "Kayliss Kaylissa Kaylisse Kaylla Kayllia Kaylliah Kayllie Kayln Kayloni Kaylor Kayly " +
  "Kaylyne Kaylynn Kaylynne Kaymarie Kaymi Kayna Kaynah Kaynna Kayona Kayoni Kayonna Kayori " +
  "Kayra Kaysa Kaysea Kaysee Kaysha Kayshia Kaysi Kaysia Kaysie Kayssa Kayssi Kayssia Kayssie " +
  "Kayte Kaytee Kaytelyn Kaytelynn Kayten Kaythleen Kayti Kaytie Kaytleen Kaytlen Kaytlin " +
  "Kaytline Kaytlyn Kaytlynn Kazandra Kazia Kaziah Kazimiera Kazimira Kaziyah Kazmiera Keagyn " +
  "Keaira Keairah Keaisha Keaja Keala Kealani Kealee Kealey Kealia Kealie Kealoha Kealohilani " +
  "Kealy Keamber Keana Keandra Keandrea Keani Keanna Keannah Keara Kearah Keari Kearia Kearie " +
  "Kearra Kearsten Kearstin Kearston Kearstyn Keasia Keasiah Keatyn Keauna Keaundra Kebira " +
  "Kecy Kedidja Keela Keelah Keelee Keeleigh Keeli Keelie Keelin Keelyn Keemora Keemya Keena " +
  "Keenyah Keera Keerah Keerat Keerthana Keerthi Keerti Keesha Keeva Keeya Kehaulani Kehila " +
  "Kehina Kehlani Kehyna Keiaira Keiana Keianna Keiara Keiarah Keiarra Keiasia Keicha Keicy " +
  "Keida Keidi Keidy Keighley Keighly Keiko Keila Keilah Keilana Keilani Keilany Keilee " +
  "Keileigh Keiley Keili Keiliana Keilin Keilla Keilly Keily Keilya Keilyn Keilynn Keimani " +
  "Keimari Keimora Keimya Keimyah Keina Keiona Keionna Keirah Keiralyn Keiri Keirra Keirrah " +
  "Keirslyn Keirsten Keirstin Keirstyn Keiry Keirya Keiryn Keishla Keisi Keissa Keissy Keisy " +
  "Keit Keitlyn Keiyona Keiza Kela Kelaiah Kelani Kelbi Kelbie Kelcee Keleah Kelee Keleigh " +
  "Kelhia Kelhya Kelia Keliah Keliana Keliane Kelianne Kelicia Kelie Kelig Kelilah Kelina " +
  "Keline Kelis Kelise Kelisha Kelissa Keliya Keliyah Kella Kellee Kelleigh Kelliana Kelliane " +
  "Kellianne Kelline Kellis Kellsey Kellya Kellyah Kellyana Kellyane Kellyanna Kellyanne " +
  "Kellycia Kellyn Kellyna Kellyne Kellys Kellyssa Kellyssia Kelsay Kelsea Kelsee Kelsei " +
  "Kelseigh Kelssy Kelthoum Keltia Keltie Keltoum Keltouma Keltoume Kelty Kelvina Kelvine " +
  "Kelya Kelyah Kelyana Kelyane Kelyanna Kelyanne Kelycia Kelyn Kelyna Kelyne Kelys Kelyse " +
  "Kelyssa Kelyssia Kemani Kemara Kemaria Kemarie Kemaya Kember Kemberly Kemi Kemia Kemiah " +
  "Kemila Kemilly Kemily Kemissa Kemiya Kemiyah Kemoni Kemonie Kemora Kemorah Kemoria Kemy " +
  "Kemya Kemyah Kemyra Kena Kenadee Kenadi Kenadie Kenady Kenae Kenaelle Kenasia Kenaya " +
  "Kenayah Kency Kenda Kendahl Kendallyn Kendalyn Kendalynn Kendelle Kendelyn Kendia Kendrah " +
  "Kendrea Kendria Kendy Kendyl Kendyll Kenedee Kenedi Kenedie Kenedy Kenia Keniah Kenidee " +
  "Kenidi Kenidy Kenija Kenijah Kenise Kenisha Keniya Keniyah Kenjie Kenjy Kenlea Kenlee " +
  "Kenlei Kenleigh Kenli Kenlie Kenly Kenlyn Kennadee Kennadi Kennadie Kennady Kennah Kenndra " +
  "Kennede Kennedee Kennedey Kennedi Kennedie Kennia Kenniah Kennice Kennidee Kennidi Kennidy " +
  "Kennisha Kenniya Kenniyah Kennley Kennya Kensa Kensey Kensi Kensie Kensington Kenslee " +
  "Kenslei Kensleigh Kensli Kenslie Kenssy Kensy Kentavia Kentia Kenyah Kenyana Kenyetta " +
  "Kenyia Kenzah Kenzee Kenzey Kenzi Kenzia Kenzie Kenzington Kenzlee Kenzleigh Kenzley Kenzli " +
  "Kenzlie Kenzy Keona Keondra Keonna Keora Keosha Kerah Kerane Keren Kerene Kerenn Keria " +
  "Keriana Keriane Kerianna Keridwen Kerigan Kerima Kerime Kerina Kerington Kerissa Kerline " +
  "Kerol Kerra Kerria Kerrigan Kerrington Kerris Kersten Kersti Kerstina Kerstyn Kerya Keryane " +
  "Kesha Keshawna Keshayla Keshia Kesia Kesiah Keslee Kesly Keslyn Kessa Kessi Kessie Kessy " +
  "Kessya Kesya Ketevan Kethia Kethleen Kethlyne Kethy Keti Ketia Ketleen Ketline Ketly Ketlyn " +
  "Ketlyne Ketrin Ketsia Ketsya Kettia Ketura Keturah Kety Ketzaly Ketzia Keuna Keundra Keva " +
  "Kevianna Kevine Keviona Kevionna Kevonna Kevser Kexin Keya Keyah Keyahna Keyaira Keyala " +
  "Keyana Keyanah Keyani Keyanna Keyara Keyarah Keyari Keyarra Keyashia Keyasia Keyauna Keycha " +
  "Keycia Keycie Keydi Keydy Keyera Keyerra Keyira Keyla Keylah Keylana Keylani Keyle Keylee " +
  "Keyleen Keylei Keyleigh Keylen Keyley Keylhia Keyli Keylia Keyliah Keyliana Keyliane Keylie " +
  "Keylin Keylina Keyline Keylis Keyliss Keylissa Keylla Keyllia Keylly Keyly Keylyn Keymani " +
  "Keymara Keymiah Keymoni Keymora Keymya Keyna Keynia Keyniah Keyona Keyonah Keyondra Keyoni " +
  "Keyonia Keyonie Keyonna Keyonni Keyra Keyri Keyrra Keyry Keysa Keysha Keyshauna Keyshia " +
  "Keysi Keysia Keysie Keyssa Keyssi Keyssia Keyssie Keyssy Keyuna Keyunna Keyza Keyzia Keza " +
  "Kezaria Kezban Kezia Keziah Keziban Keziyah Kezya Kezyah Khaddouj Khadeeja Khadeja Khadia " +
  "Khadiatou Khadidia Khadidiatou Khadidja Khadidjah Khadidjatou Khadijah Khadijat Khadijatou " +
  "Khadijetou Khadjidia Khadjidiatou Khadjidja Khadoudja Khadouj Khadouja Khadra Khady " +
  "Khadydiatou Khadydja Khadyja Khaila Khailee Khaina Khaira Khalani Khaldia Khalea Khaleah " +
  "Khaleesi Khaleesy Khaley Khalia Khaliah Khalida Khalila Khalilah Khalima Khalisah Khalise " +
  "Khalissa Khalissi Khalissy Khaliya Khaliyah Khaly Khalya Khalyssa Khamaria Khamaya Khamia " +
  "Khamiah Khamil Khamila Khamille Khamissa Khamiya Khamiyah Khamora Khamsa Khamya Khamyah " +
  "Khamyra Khandi Khanifa Khaniya Khaniyah Khansa Khaola Khaoula Khaoutar Khardiata Khardiatou " +
  "Kharis Kharisma Kharizma Kharma Khatima Khatuna Khava Khaya Khayla Khaylia Khayna Khayra " +
  "Kheda Khedidja Khedija Khedoudja Kheila Khelia Khelissa Kheltoum Khelya Khelyssa Khemissa " +
  "Khenadi Khera Kherington Kheyla Kheylane Kheylia Kheyra Khezia Khia Khiana Khianna Khiara " +
  "Khiera Khila Khilee Khiley Khira Khiya Khloe Khloee Khloey Khloi Khloie Khmya Khokha Khole " +
  "Kholoud Khori Khoudia Khoudiedji Khoudjedji Khoukha Khouloud Khoumba Khristiana Khristina " +
  "Khristine Khrystal Khrystyna Khushi Khya Khyana Khyara Khyia Khyla Khylee Khylei Khyli " +
  "Khylie Khyra Khyrie Kiahna Kiahnna Kiahra Kiaira Kiaja Kiala Kialee Kialey Kialyn Kiamani " +
  "Kianah Kiandra Kiani Kianna Kiannah Kianne Kianni Kianny Kiany Kiarah Kiaraliz Kiari Kiaria " +
  "Kiarra Kiarrah Kiasia Kiauna Kiaya Kiayah Kieana Kieanna Kieara Kiearah Kiearra Kieayla " +
  "Kiela Kielee Kieleigh Kieley Kiely Kielyn Kielynn Kienna Kierah Kierra Kierrah Kierstan " +
  "Kierstin Kierston Kierstyn Kierstynn Kiersyn Kieryn Kiesha Kieu Kieya Kihanna Kijana Kiki " +
  "Kila Kilah Kildine Kilea Kilee Kileigh Kili Kilia Kiliana Kiliane Kilie Kilina Killiana " +
  "Killiane Kilya Kilyana Kilyn Kilynn Kima Kimany Kimara Kimarah Kimari Kimaria Kimarie " +
  "Kimaya Kimayah Kimber Kimberlay Kimberleigh Kimberlie Kimberlin Kimberlly Kimberlynn " +
  "Kimbree Kimbria Kimea Kimera Kimia Kimiah Kimie Kimiko Kimimila Kimiya Kimiyah Kimly " +
  "Kimmora Kimmya Kimora Kimorah Kimoralee Kimore Kimoree Kimori Kimoria Kimsy Kimverly Kimy " +
  "Kimya Kimyah Kimyra Kinadee Kinaly Kinane Kinaya Kinaza Kinberly Kincy Kindal Kindall " +
  "Kindell Kindra Kindy Kinga Kiniyah Kinlea Kinlee Kinleigh Kinley Kinnedi Kinnley Kinsey " +
  "Kinsie Kinslee Kinsleigh Kinslie Kinsy Kinta Kintana Kinya Kinza Kinze Kinzee Kinzey Kinzi " +
  "Kinzie Kinzlee Kinzley Kinzy Kiomara Kiomi Kiona Kioni Kionna Kiora Kirah Kiralynn Kirana " +
  "Kiraz Kiriana Kirie Kiristen Kirra Kirrah Kirsi Kirstan Kirstie Kirsty Kirthana Kiryn Kisa " +
  "Kisha Kisley Kisly Kismy Kitana Kitara Kitzia Kitzy Kitzya Kiva Kiya Kiyah Kiyana Kiyane " +
  "Kiyani Kiyanna Kiyara Kiyari Kiyelle Kiyla Kiylah Kiylee Kiymet Kiyoko Kiyomi Kiyona " +
  "Kiyonna Kiyora Kiyra Kjara Kjersten Kjersti Kjerstin Kla Klair Klaira Klaire Klarisa " +
  "Klarissa Klarisse Klarys Klaryssa Klarysse Klaudia Kleane Kleberte Klebertine Klee Kleigh " +
  "Klelia Klelya Klementine Klency Klervi Klervia Klervie Klervy Klerwi Klhoe Kliyah Kloane " +
  "Kloe Kloee Kloei Kloey Klohe Klohie Kloi Kloie Klorane Klover Klynn Kmar Kmora Kmya Kniyah " +
  "Knya Knyla Koba Kodee Kodi Kodie Kohana Koko Kolbee Kolbi Kolbie Kolee Koleen Koleigh Koley " +
  "Koliane Kolie Kolina Koline Kollo Kollyne Kolo Kolyne Komal Kone Konstantina Korah Koraima " +
  "Koralie Koraline Koraly Koralyne Korayma Kordelia Koree Koria Koriana Korianna Korin Korina " +
  "Korine Korinna Korinne Korissa Korka Kornelia Koro Korotoum Korotoumou Korra Korri Korrin " +
  "Korrine Korryn Kortlyn Kortnee Kortnei Kortney Kortni Kortnie Korydwen Korydwenn Koryn " +
  "Korynn Korynne Kosisochi Kouba Koudedia Koudiedji Koudieye Koudjedji Koule Kouloud Koumba " +
  "Kounady Kounouz Koupaia Koura Kourtlyn Kourtnee Kourtnei Kourtni Kourtnie Kousso Kouta " +
  "Kowsar Krasimira Kreszentia Krimson Krina Kripa Krisalyn Krisanna Krisly Krislyn Krislynn " +
  "Krissa Krissi Krissia Kristabella Kristale Kristalyn Kristeena Kristele Kristell Kristella " +
  "Kristelle Kristenn Kristiana Kristiane Kristianna Kristiona Kristlyn Kristyana Krithi " +
  "Krithika Kritika Kriya Krizia Kryslyn Krystale Krystall Krystalyn Krystalynn Krystel " +
  "Krystele Krystell Krystelle Krysten Krystiana Krystie Krystin Krystina Krystine Krystyn " +
  "Ksenia Kseniia Kseniya Kubra Kulsum Kumari Kumba Kunigunde Kura Kursten Kurstin Kurumi " +
  "Kushi Kuulei Kya Kyah Kyaira Kyana Kyane Kyani Kyanna Kyannah Kyanne Kyara Kyarah Kyari " +
  "Kyarra Kyasha Kyasia Kyera Kyerra Kyesha Kyha Kyia Kyiah Kyiara Kyiesha Kyila Kyilee Kyira " +
  "Kyjah Kylah Kylani Kylea Kyleah Kyleeann Kyleen Kyleena Kylei Kyleigh Kylena Kylene Kyley " +
  "Kyli Kylia Kyliah Kyliana Kyliane Kylianna Kylianne Kylieann Kyliee Kyliegh Kyliemarie " +
  "Kylii Kylin Kylina Kylinn Kyliyah Kylla Kyllia Kylliana Kylliane Kyllie Kyly Kylyn Kylynne " +
  "Kymara Kymber Kymberlee Kymberley Kymberli Kymberlie Kymberly Kymberlyn Kymberlynn Kymbree " +
  "Kymea Kymia Kymiah Kymie Kymira Kymora Kymorah Kymorra Kyna Kynadee Kynadi Kynadie Kyndahl " +
  "Kyndal Kyndall Kyndel Kyndell Kyndle Kyndra Kyndrah Kynedi Kyniah Kynlee Kynleigh Kynley " +
  "Kynli Kynlie Kynnadi Kynnady Kynnedi Kynnedy Kynnidi Kynslee Kynsleigh Kynsley Kynsli " +
  "Kynzee Kynzi Kynzie Kynzli Kyoka Kyoko Kyona Kyonna Kyrah Kyri Kyria Kyriaki Kyriana " +
  "Kyriane Kyrianna Kyriel Kyrielle Kyrra Kyrrah Kyrstan Kyrsten Kysa Kysha Kyssia Kytana " +
  "Kytzia Kyuana Laaibah Laalia Laasia Laasya Labraya Labree Labria Lachelle Laci Lacramioara " +
  "Lada Ladaisha Ladan Ladasia Ladeja Ladislas Ladislawa Ladrea Laeila Laekyn Lael Laela " +
  "Laelah Laelani Laelie Laella Laelle Laelyn Laena Laeticia Laetizia Laettitia Laetytia " +
  "Lahari Lahela Lahila Lahina Lahna Lahora Lahouaria Lahya Lahyana Lahyna Laiah Laiana " +
  "Laianna Laiba Laida Laiene Laihla Laika Laiken Laikyn Lailaa Lailah Lailana Lailani " +
  "Lailanie Lailany Lailee Lailene Lailey Laili Lailie Lailla Lailoni Lailou Laily Lailynn " +
  "Laima Laine Lainee Laini Lainie Lainy Laionna Laira Lais Laisa Laisha Laissa Laititia Laiya " +
  "Laiyah Laiyana Laiyla Laiyna Laiza Lajada Lajaya Lajoie Lakaia Lakaila Lakaiya Lakaya " +
  "Lakayla Lakbira Lakeia Lakeisha Lakelyn Lakelynn Laken Lakendra Lakendria Lakenya Lakenzie " +
  "Lakera Lakeria Lakerria Lakeshia Lakevia Lakeya Lakhia Lakia Lakiesha Lakin Lakira Lakisha " +
  "Lakiya Lakiyah Lakshana Lakshmi Lakya Lakyah Lakyia Lakyla Lakyn Lakynn Lakyra Lala Lalah " +
  "Lalaina Lalani Lalao Laldja Lale Lali Lalia Lalicia Lalie Lalita Lalitha Laliya Laliyah " +
  "Lalla Lallia Lallie Laloni Lalou Laly Lalya Lalyah Lama Lamaiya Lamani Lamaria Lamariah " +
  "Lamata Lamaya Lamayah Lamberta Lamberte Lambertine Lamees Lamiaa Lamiah Lamice Lamira " +
  "Lamiracle Lamis Lamiss Lamisse Lamiya Lamiyah Lamoni Lamonica Lamria Lamya Lamyaa Lamyae " +
  "Lamyah Lamyia Lamyra Lamys Lanaelle Lanah Lanai Lanaijah Lanaiya Lanaiyah Lanasia Lanay " +
  "Lanaya Lanayah Landeline Landi Landra Landree Landrey Landri Landrie Landry Lanea Laneah " +
  "Lanee Laneisha Lanelle Lanesha Lanesia Lanessa Laneya Langley Lanha Lania Laniah Laniaya " +
  "Laniece Lanija Lanijah Lanise Lanisha Laniya Laniyah Laniyha Lannah Lanora Lany Lanya " +
  "Lanyah Lanyia Lanyiah Lanyjah Laodice Laona Laonie Laony Laora Laouna Laoura Laouratou " +
  "Laparis Laquita Larae Larah Laraib Laraina Laramie Laray Laraya Lareina Laren Lareyna " +
  "Lariah Lariana Laritza Lariya Lariyah Lariza Larken Larkin Larkyn Larose Larra Larraitz " +
  "Larrissa Larya Laryah Laryn Larysa Lasandra Lashae Lashanti Lashauna Lashawna Lashay " +
  "Lashaya Lashaye Lashayla Lashea Lashelle Lashia Lashiya Lashonda Lashuana Lashwana Lashya " +
  "Lasya Latalya Latanya Latasia Latavia Lataya Latayvia Latchimy Latefa Lathifa Laticia " +
  "Latifah Latife Latiffa Latika Latimy Latiya Latoria Latra Latravia Latrice Latricia " +
  "Latrinity Latrisha Lattifa Latufa Lauane Laubna Laude Laudelina Laudine Laugane Laula Launa " +
  "Launie Laurah Lauraleen Lauralei Laurali Lauralie Lauraline Lauraly Lauralyn Lauralyne " +
  "Lauralynn Lauran Laurana Laurane Laurann Lauranna Lauranne Laurea Laureana Laureane " +
  "Laureanne Lauredana Lauredane Laureena Laureene Laureine Laurela Laurelai Laureleen " +
  "Laurelei Laurelen Laurelene Laurelenn Laurelia Laurelie Laureline Laurelle Laurelyn " +
  "Laurelyne Laurencia Laurencie Laurencine Laurenda Laurenn Laurenna Laurenne Laurente " +
  "Laurentia Laurentie Laurentina Laurentine Laurenza Laureta Laureva Laureyna Lauria Lauriana " +
  "Lauriane Laurianna Lauricia Lauriel Laurienne Laurina Laurinda Laurine Laurinne Lauris " +
  "Laurissa Laurna Laurry Laury Lauryana Lauryane Lauryann Lauryanna Lauryanne Laurye Lauryl " +
  "Lauryna Laurynda Lauryne Laurynn Laurynne Laurys Lauviah Lavaeh Lavanya Lavaria Lavaya " +
  "Laveah Laveya Lavin Lavine Lavonda Lavonna Lawren Lawryn Laya Layah Layal Layali Layan " +
  "Layana Layanah Layane Layanna Layannah Layanne Laycee Laycie Layel Layen Layene Layhana " +
  "Layina Layka Layken Laykin Laylaa Laylaann Laylah Laylamarie Laylana Laylani Laylanie " +
  "Laylanni Laylee Layleen Layleigh Laylene Layli Laylia Layliana Laylie Laylin Laylla Layloni " +
  "Laylonie Laylou Layna Laynah Laynee Layni Laynie Laynna Layonna Layra Laysa Laysha Layssa " +
  "Layya Layyina Lazara Lazaria Lazariah Lazarine Lazarria Laziya Laziyah Laziza Leaha Leahana " +
  "Leahanna Leahmarie Leahna Leahrose Leaira Leairah Leaisha Leaja Leala Lealani Lealine " +
  "Leamarie Leamsi Leanah Leandrea Leandria Leani Leanie Leannah Leanni Leannie Leanny Leanore " +
  "Leany Leara Learta Leasia Leaticia Leatitia Leaya Lebna Leccia Leea Leeah Leeana Leeandra " +
  "Leeanna Leeasia Leeba Leeloo Leelou Leelu Leely Leen Leenaya Leeona Leeya Leeyah Leeyana " +
  "Leeyanah Leeza Leha Lehana Lehane Lehanna Lehanne Lehena Lehina Lehna Lehua Lehyna Leiah " +
  "Leiana Leiane Leiani Leianna Leianne Leidi Leidy Leighana Leighann Leighanna Leighanne " +
  "Leighla Leighna Leihla Leika Leilana Leilaney Leilanie Leilanni Leilanny Leilany Leileen " +
  "Leilene Leili Leilia Leilla Leiloni Leilonie Leiloo Leilou Leily Leilyn Leilynn Leina Leine " +
  "Leira Leire Leisel Leissa Leiticia Leititia Leiya Leiyah Leiyna Leize Lekbira Lekha Lelaina " +
  "Lelani Leliana Leliane Lelie Lella Lelu Lelya Leman Lemia Lemis Lemya Lenae Lenael Lenaelle " +
  "Lenah Lenaic Lenaick Lenaig Lenaik Lenais Lenalee Lenay Lenaya Lency Lenda Lene Lenha Leni " +
  "Lenia Leniah Lenie Lenise Lenita Leniya Leniyah Lennah Lenuta Lenya Lenza Lenzy Leocadia " +
  "Leocadie Leoda Leodie Leokadia Leokadja Leolia Leonah Leonarda Leonarde Leoncette Leoncia " +
  "Leoncie Leoncine Leondra Leonela Leonella Leonette Leoni Leonia Leonice Leonide Leonila " +
  "Leonilda Leonilde Leonille Leonisa Leonise Leonita Leonna Leonne Leonnie Leonny Leonor " +
  "Leonte Leontia Leontina Leony Leopoldina Leopoldine Lera Leria Leriah Lesa Leshly Lesia " +
  "Leslee Lesleigh Lesline Leslye Lessia Lessie Lesslie Lessly Lethicia Letisia Letissia " +
  "Letticia Letzy Levada Levana Levanah Levanna Levannah Levia Levina Levinia Lexa Lexane " +
  "Lexani Lexanne Lexany Lexee Lexey Lexia Lexiana Lexiane Lexianna Lexuri Lexus Lexxi Lexxie " +
  "Leya Leyah Leyan Leyana Leyanah Leyane Leyanna Leyannah Leyanne Leyda Leydi Leydy Leyel " +
  "Leyhana Leyiah Leyina Leylah Leylana Leylani Leylanie Leylany Leyli Leylia Leylou Leyna " +
  "Leynah Leynna Leyonna Leyre Leyya Lezia Lezin Lezine Lezli Lezly Lhana Lhassa Lhea Lhena " +
  "Lhiva Lhou Lhouna Lhya Lhyna Liadan Liah Liahna Liahona Liala Liame Lianah Liandra Lianet " +
  "Lianette Liani Liann Liannah Lianni Lianny Liantsoa Liany Liara Liasia Liat Liba Libe " +
  "Libera Liberata Liberta Libertad Liberte Liberti Libertie Libia Libni Libny Librada Libre " +
  "Licia Licinia Liddia Liddy Lide Lidea Lidiana Lidiane Lidie Lidiia Lidija Lidivine Lidiya " +
  "Lidon Liduvina Lidvine Lidwina Lidwine Lidy Lidye Lidzy Liee Liel Liela Lielle Liena Lierni " +
  "Liesbeth Liese Liesel Lieselotte Liesl Liette Lieve Lievine Lifen Ligia Liha Lihana Lihanna " +
  "Lihua Lihya Liina Lijana Lika Lil Lilana Lilandra Lilany Lilarose Lile Lilea Lileah Lileana " +
  "Lilee Lileigh Lilette Liley Liliah Liliahna Lilianah Liliani Liliann Lilianna Lilianne " +
  "Liliauna Lilibeth Lilie Lilienne Liliette Liliia Lilija Lilijana Lilinoe Lilirose Lilit " +
  "Lilium Liliya Liliyana Liljana Lillah Lillan Lillee Lilleigh Lilley Lilliah Lilliahna " +
  "Lilliam Lilliana Lillianah Lilliane Lilliann Lillianna Lilliannah Lillianne Lilliauna " +
  "Lillieana Lillieann Lillieanna Lilliemae Lillien Lillienne Lilline Lilliona Lillionna " +
  "Lillith Lillou Lillya Lillyahna Lillyan Lillyana Lillyann Lillyanna Lillyanne Lillyauna " +
  "Lillyen Lillyin Lillymae Lillyona Lillyonna Lillyrose Lillyth Lilo Liloa Liloe Liloo Lilou " +
  "Lilouane Lilouann Liloue Lilouenn Lilouna Liloye Lilu Lilween Lilwen Lilwenn Lilya Lilyah " +
  "Lilyahna Lilyana Lilyanah Lilyane Lilyann Lilyanna Lilyannah Lilyanne Lilyauna Lilybelle " +
  "Lilybeth Lilye Lilyen Lilygrace Lilyian Lilykate Lilymarie Lilyona Lilyonna Lilyrose Lilyth " +
  "Lima Limar Linaelle Linah Linaly Linarejos Linaya Linayah Lincey Lincia Lincy Lindamarie " +
  "Linde Lindee Lindey Lindia Lindley Lindsie Lindyn Lindzee Lindzey Lindzi Lindzie Lindzy " +
  "Lineda Lineth Linett Lingling Linh Linka Linlee Linley Linna Linnae Linnaea Linoa Linoi " +
  "Linon Linor Linoy Linsay Linsey Linsi Linsy Linzee Linzey Linzi Linzie Lioba Liona Lionele " +
  "Lionella Lionelle Liora Liorah Liou Liouba Liping Liqin Lirane Liria Lirone Lis Lisabete " +
  "Lisaline Lisalou Lisamaria Lisamarie Lisana Lisandra Lisandre Lisandrina Lisane Lisanna " +
  "Lisanne Lisbet Lisea Liseberthe Lisebeth Lisel Liseline Liselle Liselotte Lisemay Lisenn " +
  "Liset Lisete Liseth Lisett Lisi Lisia Lisiana Lisiane Lisianne Lisie Lison Lissana " +
  "Lissandra Lissandre Lisset Lisseth Lissett Lissette Lissia Lisvet Lisy Lisya Lisyane Lital " +
  "Lithzy Litia Liticia Litsy Littzy Litzi Litzy Liu Liubov Liudmila Liudmyla Livana Livane " +
  "Livea Livi Liviana Liviane Livie Livija Livina Liviya Livna Livya Liwane Liway Liwen Liwenn " +
  "Liya Liyah Liyana Liyanah Liyane Liyanna Liyannah Liying Lizabete Lizaig Lizandra Lizania " +
  "Lizbet Lize Lizea Lizenn Lizet Lizete Lizeth Lizett Lizi Lizia Liziane Lizie Lizig Lizmar " +
  "Lizmari Lizmarie Lizmary Lizon Lizy Lizya Lizzet Lizzeth Lizzett Lizzette Ljiljana Ljubica " +
  "Llana Llanos Llara Llayla Lledo Llivia Llona Llubia Llucia Lluisa Llum Lluna Lluvia Llyana " +
  "Loa Loana Loane Loanie Loann Loanna Loanne Loany Loaven Lobna Lodoiska Lodovica Loe Loeiza " +
  "Loelia Loelie Loeline Loely Loelya Loena Loenie Loetare Loeticia Loetitia Loetizia Loeva " +
  "Loeve Loeza Logane Loganne Lohana Lohane Lohann Lohanna Lohanne Loica Loice Loicia Loicka " +
  "Loida Loika Loina Loine Loisa Loisse Loiza Lojain Lojaine Lojayne Lokelani Lolah Lolane " +
  "Lole Loli Lolia Lolie Lolina Loline Lolla Loly Lolyta Loma Lomane Lomee Londan Londen " +
  "Londin Londyn Londynn Longina Lonie Lony Looane Loola Loona Lor Lorada Loralai Loralei " +
  "Lorali Loraline Loraly Loralye Loralyne Lorana Lorane Lorann Loranne Lorea Loreal Loreana " +
  "Loreane Loredana Loredane Loreena Loreine Lorela Lorelai Lorelay Lorelene Loreley Loreli " +
  "Lorelia Lorelie Loreline Lorella Lorely Lorelyne Lorencia Lorenda Lorenn Lorenna Lorenne " +
  "Lorenzia Loresa Loreta Loreva Loreyna Loriah Loriana Loriane Loriann Loriel Lorielle " +
  "Lorilei Lorina Lorinne Lorissa Lorline Lorlyne Lorren Lorrene Lorriane Lorrine Lorya " +
  "Loryana Loryane Loryanna Loryanne Lorye Loryn Loryna Loryne Lorynn Loua Louan Louana Louane " +
  "Louange Louann Louanna Louanne Louba Loubena Loubna Louca Loucia Louciana Louciane Loucine " +
  "Loucya Loucyana Loudia Loudmila Loue Louen Louena Louenn Loueva Louhan Louhana Louhane " +
  "Louhann Louhanne Louhna Louisana Louisane Louisanne Louisia Louisiane Louisianne Louisie " +
  "Louison Louissa Louisy Louiza Louize Louizon Loujain Loujaine Loujayn Loujayna Loujayne " +
  "Loujeyn Loujeyne Louka Loukia Loukiana Loukina Loula Loulia Louliana Loulou Louloua Loulwa " +
  "Loulya Louma Loumea Loumen Loumi Loumia Loumna Loumy Louna Lounah Lounaya Loundja Loune " +
  "Lounea Lounes Louness Lounha Lounia Lounja Lounna Loup Lourde Lourdes Loussia Loussine " +
  "Louve Louvia Louwane Louwenn Louyana Louysa Louyse Lova Lovaina Lovana Lovelee Lovella " +
  "Lovena Lovette Lovia Lovie Lovina Loya Loyce Loys Loyse Lua Luana Luane Luanna Luanne Luba " +
  "Lubna Luccia Lucciana Lucelia Lucelly Lucely Lucene Lucero Lucette Luciane Lucianna " +
  "Lucianne Lucica Lucielle Luciene Lucil Lucilla Lucillia Lucinia Lucrece Lucrecia Lucrezia " +
  "Lucya Lucyana Lucyann Lucye Lucyl Lucyle Lucylle Lucynda Ludiana Ludie Ludine Ludivina " +
  "Ludivine Ludivyne Ludiwine Ludmila Ludmilia Ludmilla Ludmillia Ludmina Ludmyla Ludmylla " +
  "Ludovica Ludovie Ludovina Ludovine Ludovique Ludvina Ludvine Ludwika Ludwina Ludwine Ludy " +
  "Ludyvine Luena Lugdivine Luigia Luigina Luisana Luisella Luisiana Luiza Lujain Lujan Lujayn " +
  "Lulani Lulia Luljeta Lulla Luma Lumi Luminita Lunah Lunaya Lunden Lundin Lundon Lundyn Lune " +
  "Lunise Lunna Lurdes Lusia Lusiana Lusine Lussy Lutece Lutecia Lutetia Lutfiye Lutgarda " +
  "Lutricia Lutxi Luu Luul Luuna Luvina Luxi Luyana Luyanna Luzdivina Luzelena Luzia Luzie " +
  "Luzmaria Luzmarie Luzmary Luzmila Lwiz Lwiza Lya Lyaa Lyah Lyahna Lyame Lyamna Lyana Lyanah " +
  "Lyane Lyani Lyann Lyanna Lyannah Lyanne Lyara Lyberti Lyberty Lycia Lydea Lydiah Lydiana " +
  "Lydiane Lydiann Lydianne Lydwine Lyel Lyena Lygie Lyha Lyhana Lyhanna Lyhia Lyhna Lyia " +
  "Lylah Lylana Lylas Lylee Lyli Lylia Lyliah Lylian Lyliana Lylianah Lyliane Lylianna " +
  "Lylianne Lylie Lylla Lylli Lyllia Lyllie Lylloo Lyllou Lylo Lyloo Lylou Lylouane Lyloue " +
  "Lylwen Lylwenn Lyly Lylya Lymari Lynae Lynaelle Lynah Lynaya Lynce Lyncee Lyncia Lyndee " +
  "Lyndi Lyndia Lyndie Lyndsee Lyndsi Lyndsy Lyndzie Lynell Lynes Lyness Lynessa Lynha Lynia " +
  "Lyniah Lyniya Lynlee Lynleigh Lynley Lynnae Lynnasia Lynnaya Lynneah Lynnia Lynniah Lynnlee " +
  "Lynnleigh Lynnsey Lynnsha Lynnsie Lynnzie Lynoa Lynsay Lynsee Lynsha Lynsia Lynsie Lynzee " +
  "Lynzi Lynzie Lyo Lyona Lyor Lyora Lyra Lyria Lyrica Lyricc Lyrik Lyrika Lyriq Lyrique Lys " +
  "Lysa Lysana Lysandra Lysandre Lysane Lysange Lysanna Lysanne Lysbeth Lyse Lysea Lysette " +
  "Lysha Lysia Lysiana Lysiane Lysianne Lysie Lyson Lyssana Lyssandra Lyssandre Lyssette " +
  "Lyssia Lyssiana Lytal Lyubov Lyudmila Lyudmyla Lyv Lyvana Lyvia Lyvie Lywen Lywenn Lyz Lyza " +
  "Lyze Lyzea Lyzette Lyzia Lyziane Lyzie Lyzzie Maahi Maaliyah Maame Maanasa Maanvi Maanya " +
  "Maat Maayana Maayane Mabintou Mabinty Mabrey Mabrie Mabrouka Mabry Macaela Macaila Macarena " +
  "Macari Macaria Macayla Macaylee Macee Macelyn Macenzie Macey Macha Machaela Machenzie Maci " +
  "Maciah Macire Mackayla Mackaylee Mackena Mackenize Mackenna Mackennah Mackensey Mackensi " +
  "Mackensie Mackenzee Mackenzey Mackenzi Mackenzy Mackenzye Mackie Mackinley Mackinsey " +
  "Mackinzie Mackynzie Maclaren Macrina Macyn Madai Madailein Madalaine Madaleine Madalen " +
  "Madalene Madalina Madaline Madalyne Madalynn Madalynne Madasin Madason Madasyn Maday " +
  "Maddalen Maddalyn Maddalynn Maddeline Maddelyn Maddelynn Maddilyn Maddilynn Maddisen " +
  "Maddison Maddisyn Maddly Maddyn Maddysen Maddyson Madee Madeeha Madelayne Madelein Madelen " +
  "Madelie Madeliene Madelline Madellyn Madely Madelyne Madelyngrace Madelynn Madelynne Madenn " +
  "Madesyn Madhavi Madi Madia Madiana Madicyn Madie Madigan Madigane Madiha Madilee Madiline " +
  "Madilyn Madilyne Madilynn Madilynne Madina Madinah Madine Madinina Madioula Madisan Madisen " +
  "Madisin Madisone Madisonne Madisson Madissone Madissyn Madisun Madisyn Madisynn Madjiguene " +
  "Madjouba Madjoula Madleen Madlie Madline Madlyn Madlyne Madlynn Mado Madoline Madolyn " +
  "Madolynn Madona Madoussou Madsion Madyana Madylan Madylin Madyline Madylyn Madyn Madyna " +
  "Madysen Madysin Madyson Madysone Madysson Madyssone Madysun Madysyn Madyx Maebel Maebelle " +
  "Maebh Maebry Maeby Maeci Maecie Maecy Maecyn Maeda Maee Maegen Maeghan Maeko Maela Maelan " +
  "Maelana Maelane Maelann Maelanne Maele Maelee Maeleen Maeleigh Maelenn Maeley Maelhys Maeli " +
  "Maelia Maelice Maelie Maelig Maelin Maelina Maeline Maelis Maelise Maeliss Maelisse Maeliz " +
  "Maell Maella Maellane Maelle Maelli Maellia Maellie Maelline Maellis Maelly Maellya " +
  "Maellyne Maellys Maellyss Maellysse Maelou Maelwenn Maely Maelya Maelyah Maelyce Maelye " +
  "Maelyn Maelyna Maelyne Maelynn Maelys Maelyse Maelyss Maelysse Maemi Maena Maera Maeryn " +
  "Maesha Maessa Maessane Maesyn Maeva Maevane Maeve Maevy Maewa Maewen Maewenn Maezie Mafalda " +
  "Mafanta Maferima Mafoudia Magali Magalie Magaly Magan Magatte Magdala Magdaleina Magdaleine " +
  "Magdalina Magdaline Magdalyn Magdalynn Magdelaine Magdeleine Magdelena Magdeline Magdelyn " +
  "Magella Magen Magguy Maghnia Magida Magie Magloire Magou Maguelone Maguelonne Maguette " +
  "Magui Maguie Maguy Magy Mah Mahagony Mahaila Mahalakshmi Mahalet Mahaley Mahalie Mahalya " +
  "Maham Mahana Mahassine Mahathi Mahati Mahaud Mahault Mahaut Mahawa Mahayla Mahbouba Mahdia " +
  "Mahdiya Mahdjouba Mahe Mahea Mahealani Mahee Maheen Mahek Mahel Mahelia Mahelie Mahelle " +
  "Mahely Mahelya Mahelys Mahena Mahera Maheva Mahi Mahia Mahika Mahila Mahily Mahima Mahina " +
  "Mahine Mahira Mahissa Mahita Mahitha Mahiya Mahiyah Mahjouba Mahkayla Mahkenzie Mahlah " +
  "Mahlet Mahli Mahlia Mahnoor Maho Mahoganey Mahogani Mahona Mahora Mahoua Mahreen Mahri " +
  "Mahum Mahya Mahyna Mahyra Mahyssa Mai Maiah Maialen Maiana Maiane Maiann Maica Maicee " +
  "Maicey Maicha Maicy Maida Maide Maider Maidi Maidie Maidy Maie Maiena Maier Maigane Maija " +
  "Maika Maiko Maila Mailane Mailani Maile Mailee Maileen Mailen Mailene Mailey Maili Mailice " +
  "Mailie Mailin Mailine Mailinh Mailis Mailise Mailiss Mailisse Maille Maillie Mailly Maillys " +
  "Mailou Maily Mailyce Mailye Mailyn Mailyna Mailyne Mailynn Mailys Mailyse Mailyss Mailysse " +
  "Maima Maimiti Maimouna Maimuna Maina Maira Mairam Mairame Mairany Mairead Mairely Mairena " +
  "Mairi Mairim Mairin Mairyn Maisa Maisara Maisha Maissa Maissaa Maissae Maissam Maissame " +
  "Maissan Maissane Maissara Maissem Maissen Maissene Maissoun Maissoune Maisy Maisyn Maita " +
  "Maitane Maitee Maitena Maithe Maitland Maitlyn Maitri Maiva Maiway Maiween Maiwen Maiwene " +
  "Maiwenn Maiwenne Maiya Maiyah Maiza Maizee Maizey Maizie Maizy Majandra Majda Majdeline " +
  "Majdoline Majdouline Majida Majlinda Majorie Majouba Maka Makaela Makaelah Makaelyn Makahla " +
  "Makaia Makaiah Makaila Makailah Makailee Makailyn Makaiya Makaiyah Makala Makalah Makalee " +
  "Makaleigh Makaley Makalia Makaliah Makalya Makalyn Makalynn Makara Makaria Makaya Makayah " +
  "Makayden Makayla Makaylah Makaylan Makayle Makaylee Makayleigh Makaylen Makayli Makaylia " +
  "Makaylie Makaylin Makaylla Makaylyn Makaylynn Makbule Makda Makeda Makeena Makeila Makela " +
  "Makella Makelle Makena Makenah Makendra Makenize Makenlee Makenley Makenlie Makenly Makenna " +
  "Makennah Makensey Makensi Makensie Makensy Makenya Makenze Makenzee Makenzey Makenzi " +
  "Makenzie Makenzy Makenzye Makeyla Makhaila Makhayla Makhia Makhila Makhiya Makhya Makhyia " +
  "Makia Makiah Makiaya Makila Makilah Makina Makine Makinlee Makinley Makinly Makinna " +
  "Makinsey Makinze Makinzee Makinzey Makinzi Makinzie Makinzy Makira Makirah Makiya Makiyah " +
  "Makiyla Makka Makoura Makya Makyah Makyia Makyiah Makyla Makylah Makylee Makyleigh Makylie " +
  "Makyna Makynlee Makynna Makynzee Makynzi Makynzie Makyra Malaak Malado Malae Malai Malaia " +
  "Malaiah Malaija Malaijah Malaika Malaina Malaisha Malaiya Malaiyah Malaja Malajah Malaka " +
  "Malake Malala Malana Malaney Malani Malanna Malarie Malasha Malashia Malasia Malaurie " +
  "Malaury Malayah Malayasia Malayia Malayiah Malayjah Malayka Malayla Malayna Malaysha " +
  "Malayshia Malcie Malcy Malea Maleah Maleaha Maleana Malee Maleea Maleeah Maleeha Maleena " +
  "Maleeya Maleeyah Maleia Maleiah Maleigh Maleigha Maleina Maleiya Maleka Malene Maleny " +
  "Malerie Maley Maleya Maleyah Malfada Malgorzata Malha Malhaury Malhia Malhory Malhya Maliah " +
  "Maliaka Maliana Malica Malicia Malicka Malicya Malie Maliha Malijah Malila Malin Malini " +
  "Malinka Malisa Malisha Maliya Maliyah Maliyha Maliza Malka Malky Mallak Mallarie Mallary " +
  "Mallaurie Mallaury Mallely Mallery Malley Mallia Mallie Mallika Malliyah Malloree Mallori " +
  "Mally Mallya Malo Maloa Maloe Maloni Malonne Maloree Malori Malorine Malou Malouna Maloya " +
  "Malu Malvika Malvine Malvyna Malwenn Malwina Maly Malya Malyah Malyana Malycia Malyia " +
  "Malyiah Malyka Malyna Malynn Malysia Malyssa Malyssia Mamah Maman Mamassa Mamert Mami Mamia " +
  "Mamou Mamouna Mamy Mana Manaal Manae Manael Manaelle Manahel Manahil Manaig Manal Manale " +
  "Manali Manalle Manar Manare Manasa Manasi Manassa Manasvi Manava Manavai Manaya Mandalyn " +
  "Mandalynn Mandana Mandarine Manddy Mandee Mandeep Mandine Mandoline Manea Manele Manell " +
  "Manella Manelle Manessa Maneva Manha Manhattan Maniah Manika Manila Manille Manina Manisa " +
  "Manisha Manissa Manivone Maniya Maniyah Manja Manmeet Mannaig Mannat Mannel Mannon " +
  "Mannuella Manoe Manoela Manoella Manoelle Manoha Manola Manoli Manolia Manolie Manoline " +
  "Manolita Manoly Manolya Manora Manou Manoubia Manouchka Manpreet Mansata Mansi Mansita " +
  "Mansoura Mansouria Manthia Manthita Mantia Manuelita Manuella Manureva Manvi Manyssa Mao " +
  "Maoline Maona Maoni Maonie Maora Maori Maorie Maoude Marabelle Marae Marah Marai Marajade " +
  "Maraki Maral Maralyn Maram Marame Maran Maranatha Maranda Maravilha Maravillas Maray Maraya " +
  "Marayah Marayna Marbella Marbely Marcail Marcayla Marcele Marceliana Marcelina Marceline " +
  "Marcellia Marcelyne Marche Marciana Marcianna Marcienne Marcuccia Mardaye Mardjane Marea " +
  "Maree Mareen Mareena Mareesa Marei Mareike Mareile Mareka Mareli Marelie Marelin Marelis " +
  "Marella Marelli Marelly Marely Marelyn Marelys Mareme Maresa Maret Maretta Mareva Marfil " +
  "Margalida Margalith Margaretann Margareth Margaretmary Margarett Margau Margaud Margault " +
  "Margaut Margerie Margherita Margitta Margod Margotte Margrit Marguarita Marguerita " +
  "Margueritte Mariabelen Mariacamila Mariacarmela Mariacarmen Mariaceleste Mariachiara " +
  "Mariaclara Mariaconcetta Mariacristina Mariadejesus Mariadelaluz Mariadelcarmen " +
  "Mariadelosang Mariaeduarda Mariaelena Mariafernanda Mariafrancesca Mariagiovanna " +
  "Mariagiulia Mariagrazia Mariaguadalupe Mariaha Mariaines Mariaisabel Mariajose Mariajulia " +
  "Marialaura Marialetizia Marialicia Marialine Marialis Marializ Marialuce Marialucia " +
  "Marialuigia Marialuisa Marialuiza Marialuna Marialy Marialys Mariama Mariame Mariamou " +
  "Marianah Marianela Marianella Marianeve Mariange Mariangel Mariangela Mariangely Marianick " +
  "Marianik Mariannic Mariannick Mariannik Marianny Mariantonia Mariantonietta Mariany " +
  "Mariapaola Mariapaula Mariapia Mariarca Mariarita Mariarosa Mariarosaria Mariasofia " +
  "Mariasole Mariassunta Mariastella Mariata Mariateresa Mariatou Mariavictoria Mariavittoria " +
  "Mariaya Mariaye Maribell Maribella Marica Maricarmen Maricel Maricela Maricella Maricia " +
  "Maricica Marick Maricka Maricke Maricruz Marida Maridza Marieanna Mariechen Marieke " +
  "Marielena Marieli Marielis Marieliz Mariell Marielly Mariely Marielys Mariem Marieme " +
  "Mariena Marienne Marieta Marietou Marieva Marieve Marife Marifer Marig Marigrace Mariha " +
  "Mariia Marijana Marijane Marijayne Marijke Marijose Marike Mariko Marilaine Marileine " +
  "Marilena Marilene Marili Marilia Marilie Marilina Mariline Marilis Marilisa Marilise " +
  "Marilla Marilou Marilu Mariluz Marily Marilyne Marilynn Marilys Marilyse Marim Marimar " +
  "Marinela Marinella Marinelle Marinette Marinha Marinka Marinn Marinne Marioara Mariola " +
  "Mariona Marionna Mariotte Maripaz Marisabel Marisah Marisca Marise Marisela Marisella " +
  "Marisette Marisha Marishka Marissah Maristella Marit Maritchu Marite Marithe Marithza " +
  "Maritie Maritxu Mariuccia Marium Marivel Marivonne Marixa Mariyah Mariyam Mariyama Mariyame " +
  "Mariyamou Mariyana Mariyanna Mariza Marize Marizol Marjan Marjana Marjane Marjelaine " +
  "Marjerie Marjolaine Marjolene Marjoline Marjorine Markala Markasia Markayla Markaylah " +
  "Markeisha Markella Markenzie Markeria Marketta Markevia Markeya Marki Markia Markie Markita " +
  "Markiya Markiyah Markyla Marlaina Marlaine Marlana Marlay Marlaya Marlayna Marlaysha " +
  "Marlaysia Marle Marlea Marleena Marlei Marleigh Marleine Marlen Marleni Marlenne Marleny " +
  "Marlet Marleth Marlette Marleyjane Marleyne Marli Marlianna Marlicia Marlies Marliese " +
  "Marlina Marlise Marlissa Marliyah Marlyatou Marlyne Marlynn Marlys Marlyse Marnae Marnita " +
  "Marny Maro Maroa Maroi Maroia Maroie Maroua Marouchka Maroussia Maroy Marquasia Marquesha " +
  "Marquetta Marquia Marquisha Marra Marrah Marriah Marriana Marrianna Marrisa Marsela Marshae " +
  "Marshay Marshayla Martasia Marthine Martia Martiale Martialine Martialise Martirio Martyna " +
  "Martyne Marua Maruja Maruschka Marushka Maruska Maruxa Marva Marvella Marvina Marwah Maryah " +
  "Maryalice Maryaline Maryama Maryame Maryamou Maryana Maryane Maryange Maryangel Maryanick " +
  "Maryannick Maryatou Marybel Marycarmen Marycatherine Maryclaire Maryclare Marycruz Marye " +
  "Maryel Maryela Maryeli Maryelizabeth Maryella Maryelle Maryem Maryeme Maryeve Maryfrances " +
  "Marygrace Maryhelen Maryiah Maryjayne Maryjean Maryjoy Maryka Marykate Marykatherine " +
  "Marykathryn Maryla Marylaine Marylaure Maryleine Marylen Marylene Marylia Marylie Maryline " +
  "Marylis Marylise Maryll Marylouise Marylu Marylyn Marylyne Marylynn Marymae Marymargaret " +
  "Maryn Maryna Maryne Marynette Marynne Maryon Maryonna Maryori Maryorie Maryse Marysette " +
  "Marysia Maryska Marysol Maryssa Marytza Maryum Maryuri Maryvette Maryvone Maryvonne " +
  "Maryvonnick Marzella Marzena Marzia Masa Masal Mascha Mascia Masey Mashari Mashayla Masie " +
  "Masiel Masiela Masita Masiya Masiyah Massa Massandje Massara Massaran Masseni Massiami " +
  "Massiata Massiel Massika Massilia Massilva Massilya Massina Massira Massire Massita " +
  "Massitan Massiva Massouda Massylia Matahina Matalie Matalyn Mataya Matea Mateah Matel " +
  "Matenin Mateya Mathea Mathee Mathie Mathita Mathumitha Mathura Mathurin Mathurine Mathusha " +
  "Mathy Mathylda Mathylde Mathys Matida Matiguida Matilyn Matilynn Matina Matison Matisyn " +
  "Matiya Matlyn Matondo Mattalyn Mattalynn Mattea Mattelyn Matthea Mattilyn Mattilynn " +
  "Mattingly Mattisen Mattison Mattisyn Mattyson Matxalen Maty Matylda Matylde Maur Maurane " +
  "Mauranne Maurena Mauriah Mauriana Mauriane Maurianna Maurianne Mauricette Mauricia " +
  "Mauricienne Maurille Maurillia Maurissa Mauryn Mauryne Mavi Mavie Mavy Mawa Mawada Mawena " +
  "Mawuena Maxance Maxe Maxellende Maxette Maximilia Maximiliana Maximilie Maximilienne " +
  "Maximin Maximina Maximine Maxyne Maya Mayada Mayah Mayalen Mayalene Mayaline Mayana Mayane " +
  "Mayann Mayanna Mayanne Mayar Mayara Mayare Mayassine Maybel Maybeline Maybelline Maybree " +
  "Mayce Maycee Maycen Mayci Maycie Mayda Maydelin Mayder Mayela Mayeli Mayelin Mayeline " +
  "Mayelle Mayeni Mayera Mayerlin Mayeule Mayeva Maygan Maygane Maygen Mayi Mayia Mayka " +
  "Maykayla Mayla Maylan Maylana Maylane Maylani Maylann Maylanne Maylasia Maylea Maylee " +
  "Mayleen Mayleigh Maylen Maylena Maylene Mayley Mayli Maylia Maylice Maylie Maylin Maylina " +
  "Mayline Mayling Maylinh Maylinn Maylis Maylise Mayliss Maylissa Maylisse Mayllie Mayllis " +
  "Maylou Mayly Maylyn Maylynn Maylys Maymana Mayme Maymouna Maymounah Maymuna Mayna Maynah " +
  "Mayrah Mayrani Mayreli Mayrin Mayrine Mays Maysa Maysaa Maysae Maysam Maysan Maysane " +
  "Maysara Maysem Maysene Maysha Maysie Maysoon Mayssa Mayssaa Mayssae Mayssam Mayssame " +
  "Mayssan Mayssane Mayssara Mayssem Mayssen Mayssene Mayssoun Mayssoune Maysun Maytal Mayte " +
  "Maythe Maytte Mayu Mayumi Mayuri Mayva Mayvie Mayvis Maywen Maywenn Mayya Mayza Mayze " +
  "Mayzee Mayzie Mazal Mazarine Mazee Mazey Mazi Mazia Maziah Mazikeen Maziyah Mazouza Mazzie " +
  "Mazzy Mbarka Mccall Mckaela Mckaila Mckailey Mckailyn Mckaya Mckayla Mckaylah Mckaylee " +
  "Mckaylie Mckaylin Mckell Mckena Mckenah Mckendra Mckenize Mckenleigh Mckenley Mckenlie " +
  "Mckenly Mckenna Mckennah Mckensey Mckensi Mckensie Mckenze Mckenzee Mckenzey Mckenzi " +
  "Mckenzy Mckenzye Mckeyla Mckinlee Mckinleigh Mckinly Mckinna Mckinnley Mckinsey Mckinze " +
  "Mckinzee Mckinzey Mckinzie Mckinzy Mckyla Mckynlee Mckynlie Mckynzee Mckynzi Mckynzie Mea " +
  "Meah Meane Mebarka Mecca Mechthild Mechtilde Meckenzie Medaline Medard Medarine Meddy Medea " +
  "Medeea Medelice Medeline Mederic Mederique Medge Medha Mediha Medina Medine Medyna Meeghan " +
  "Meeka Meekah Meela Meelah Meena Meenakshi Meera Meesha Meeya Meeyah Megane Megann Meganne " +
  "Megdouda Megg Meggan Meggane Megguy Megha Meghana Meghane Meghanne Meghi Meghna Megi Megui " +
  "Megumi Meguy Megyn Meha Mehak Mehakpreet Mehar Mehdia Mehek Mehlia Mehr Mehreen Mehtap Meia " +
  "Meiah Meiggie Meije Meika Meike Meila Meilani Meili Meilie Meilin Meiline Meiling Meilly " +
  "Meily Meilyn Meilyne Meilynn Meilys Meimouna Meina Meinharde Meinhild Meira Meisha Meissa " +
  "Meissan Meissane Meissene Meital Meiya Mejda Mejdouline Meka Mekaela Mekaila Mekayla " +
  "Mekaylah Mekenna Mekenzi Mekenzie Mekhia Mekia Mekiyah Mekka Mekkia Meklit Meladee Melah " +
  "Melahat Melaina Melaine Melana Melane Melanee Melaney Melani Melanni Melannie Melanny " +
  "Melanye Melat Melaya Melayah Melayna Melaysia Melchora Melda Mele Melea Meleah Meleana " +
  "Meleane Meleena Melek Melen Melene Meleni Melenie Melenn Meleny Melha Melhia Melhya Meli " +
  "Melia Meliah Meliame Meliana Meliane Melica Melicia Melida Melie Meliha Melika Melike " +
  "Melila Melin Melinah Melinay Meline Melinee Melinna Melis Melisandre Melise Melisende " +
  "Meliss Melissande Melissandre Melissane Melissende Melissia Melisson Melitine Meliya " +
  "Meliyah Meliza Mell Mellanie Mellany Melle Mellia Mellila Mellina Mellinda Melline Mellissa " +
  "Mellody Mellony Mellya Mellyna Mellyne Mellyssa Meloane Melodey Melodi Melodia Melodine " +
  "Melodye Meloe Meloee Meloney Meloni Melora Melouka Melrose Melsa Meltem Melusine Melvina " +
  "Melvine Melvyna Melwenn Melwyn Mely Melya Melyah Melyana Melyane Melyanna Melycia Melyha " +
  "Melyn Melyna Melynda Melyne Melynn Melynna Melys Melysa Melyss Melyssa Melyssande " +
  "Melyssandre Melysse Melyssia Mema Memona Memorie Memouna Mena Menaal Menana Mencia Mendi " +
  "Menehould Menekse Menel Menelle Menesa Menessa Menina Menissa Menna Mennah Mennana Mennel " +
  "Menouha Menty Menucha Menyar Meosha Mera Meradith Meraiah Meral Meranda Merari Merary Merav " +
  "Merbouha Mercades Mercadez Mercadies Mercan Merce Mercede Mercedes Mercedez Merche Mercia " +
  "Meredyth Merelin Merelyn Merema Meri Meria Meriah Meriam Meriama Meriame Merida Merideth " +
  "Merielle Merieme Merika Meril Merima Merin Merina Merine Merisa Merita Meritxell Meriya " +
  "Meriyah Meriyem Merlene Merly Merlyn Merlyne Merone Merope Merrin Merritt Merryl Merryn " +
  "Mersades Mersadie Mersadies Mersaydes Mertxe Merve Merveille Mervenur Mery Merya Meryam " +
  "Meryame Meryeme Meryle Merylie Meryll Merylle Meryn Meryne Merzaka Mesa Mesha Meshell Mesia " +
  "Mesmin Mesmine Messaad Messad Messaline Messaouda Messie Messika Messina Messua Metig Metis " +
  "Metisse Metzi Metzli Metzly Metztli Meva Mevena Mevlana Mevlude Mewen Mewena Mewenn Mey " +
  "Meya Meyah Meygane Meyla Meylane Meyleen Meyli Meylia Meylie Meylin Meylina Meyline Meylis " +
  "Meymouna Meyna Meyra Meyrem Meyriam Meyriem Meyrone Meyronne Meysa Meyssa Meyssane Meyssem " +
  "Meyssen Meyssene Meyssoun Meyvie Meyya Mezmariah Meztli Meztly Mhia Miabella Miah Miahy " +
  "Miaisabella Miakoda Mialani Mialee Mialy Mialyn Mialynn Miamarie Miami Miamor Miana " +
  "Miangaly Miangel Miani Mianicole Mianna Miarose Miasia Miassa Miaya Micaella Micaelle " +
  "Micaila Micala Micayah Micayla Michaelah Michaele Michaelle Michaelyn Michaiah Michaila " +
  "Michala Michalina Michaya Michayla Micheala Michela Michelette Michella Michelline Michka " +
  "Mickaela Mickaele Mickaella Mickaelle Mickayla Mickenna Mickenzie Micol Micole Mie " +
  "Mieczyslawa Mieka Mieke Miel Miela Miera Miesha Miette Migdalia Miglena Mignonnette Miguele " +
  "Miguelina Miguella Miguelle Miguy Miha Mihad Mihaela Mihal Mihika Mihira Mihra Mihriban " +
  "Mihrimah Mihya Miia Mija Mikaelah Mikaella Mikaelle Mikaelyn Mikaia Mikaila Mikailah Mikala " +
  "Mikalah Mikalya Mikalyn Mikalynn Mikaya Mikayah Mikayela Mikayla Mikaylah Mikaylee Mikea " +
  "Mikeala Mikeila Mikela Mikella Mikelle Mikena Mikenna Mikenzi Mikenzie Mikesha Mikeya " +
  "Mikeyla Mikhaela Mikhaila Mikhayla Mikhia Miki Mikia Mikiah Mikinzie Mikiya Mikiyah Mikka " +
  "Mikki Miku Mikya Mikyah Mikyia Mikyla Mikylah Mikylee Mikylie Milada Milady Milagro " +
  "Milagrosa Milah Milaina Milaine Milana Milanda Milane Milani Milania Milanie Milanka " +
  "Milanna Milanni Milaya Milayah Milayna Milca Milda Mildrede Mildreth Milea Mileah Milee " +
  "Mileena Milei Mileidy Mileigh Milene Mileva Miley Milha Mili Miliana Miliane Milianna " +
  "Miliany Milie Milijana Mililani Milina Milinda Miline Milissa Miliyah Miliza Miljana Milla " +
  "Millena Milley Millia Milliana Milliani Milona Milouda Milva Milvia Mily Milya Milyana " +
  "Milyn Milyna Milynn Mima Mimona Mimose Mimosette Mimouna Mimount Mimoza Minaal Minahil " +
  "Minal Minami Minane Minata Minatchy Mindel Mindi Minea Minel Minela Minerve Minha Minia " +
  "Miniar Miniya Minji Minka Minnah Minyar Mio Mioara Miona Mionna Miora Mirabela Miracal " +
  "Miradi Miradie Mirae Mirah Mirai Mirakle Miralda Mirale Mirana Mirande Mirane Mirari Miray " +
  "Miraya Mirayah Mircale Mircle Mirea Mirei Mireia Mireilla Mirel Mirela Mirely Miren Mirena " +
  "Mirenchu Mirene Mirentchu Mirentxu Mirette Mireya Mirha Miria Miriah Miriame Mirian Miriana " +
  "Miriane Mirianne Miricle Miriel Miriella Mirielle Miriem Mirieme Mirina Mirissa Miriya " +
  "Mirjam Mirjana Mirka Mirlene Mirose Miroslava Mirra Mirren Mirsada Mirta Mirtha Miruna " +
  "Miryah Miryam Miryame Miryan Miryana Miryem Misa Misaki Misbah Misericordia Mishaal Mishal " +
  "Mishayla Misheel Mishel Mishell Mishelle Mishti Misia Misk Miski Mislina Missa Missia " +
  "Mitchelle Mitia Mitra Mitsuki Mitsuko Mitzy Miu Miwa Miya Miyah Miyako Miyana Miyanah " +
  "Miyani Miyanna Miyase Miyo Miyoko Miyona Miyonna Miyu Miyuki Mizani Mizgin Mizuki Mkayla " +
  "Mkenzie Mkya Mlynn Moana Moane Moani Moderan Modeste Modestie Moea Moena Moera Moesha " +
  "Mofida Mohana Mohane Mohea Mohini Mohira Moinaecha Moinamaoulida Moinecha Moisa Moisette " +
  "Moisha Moisia Mokhtaria Moktaria Molene Molie Molina Molka Molleigh Molley Mollyann Moly " +
  "Momina Momoka Momoko Monae Monalisa Monasia Monay Moncerat Moncerrat Moncerrath Mondane " +
  "Mone Monee Monelle Monera Monet Monette Mong Mongia Moni Monia Monie Monik Moniqua Monira " +
  "Monise Monisha Monjia Monna Monnia Monserat Monserath Monseratt Monserra Monserrad " +
  "Monserrat Monserrate Monserrath Monserratt Montaine Montanna Montasia Montemayor Montiel " +
  "Montse Montserat Montserrat Montserrath Mony Monya Monyae Monzerat Monzerath Monzerrat " +
  "Monzerrath Moorea Moraima Morane Morann Moranne Moraya Morayo Mordjane Morea Morelia " +
  "Morenike Morgaine Morgandy Morgane Morgann Morganna Morghane Morgiane Morgin Morgyn Moriah " +
  "Moriane Moricette Morigane Morine Moriya Moriyah Morjan Morjana Morjane Morjiane Morriah " +
  "Morrigan Morrigane Morrisa Morwena Morwenn Morwenna Moryne Mouchka Moufida Moukthika Moulka " +
  "Moulouda Moumina Mouna Mounaya Moune Mounera Mouni Mounia Mouniati Mounina Mounira Mounissa " +
  "Mouniya Mounya Mouslima Mouslimati Moussia Moussou Mouzdalifa Mouzna Moya Mridula Mualla " +
  "Muazzez Mubera Muberra Muge Muguelle Muguet Muguette Muireann Mujde Mukaddes Mulan Mumtaz " +
  "Muna Munachiso Muneera Munevver Munira Munirah Muntaha Muntaz Muriane Murianne Muriele " +
  "Muriella Murietta Murriel Muryel Muryelle Mushka Muskaan Muskan Muslima Muzeyyen Myabella " +
  "Myah Myamarie Myami Myan Myana Myangel Myanna Myar Myasia Myassa Mycha Mychaela Mychelle " +
  "Myeisha Myella Myelle Myesha Myette Myha Myia Myiah Myiesha Myionna Myisha Myka Mykaela " +
  "Mykah Mykaila Mykala Mykalah Mykayla Mykaylah Mykelle Mykena Mykenna Mykenzie Mykeria " +
  "Mykhia Mykia Mykiah Mykira Myla Mylah Mylaine Mylana Mylane Mylani Mylann Mylanna Mylasia " +
  "Mylea Myleah Mylee Myleen Mylei Myleigh Myleigha Myleine Mylena Mylene Mylenna Myley Mylha " +
  "Myli Mylia Myliah Myliana Myliane Mylianna Mylie Myliegh Mylii Mylin Mylina Mylinda Myline " +
  "Mylinh Mylis Myliyah Mylla Myllie Mylvia Mylynn Myniah Myonna Myosotis Myracle Myrakle " +
  "Myral Myreille Myrella Myrene Myrette Myria Myriah Myriama Myriame Myriamme Myrian Myriana " +
  "Myriane Myrianna Myrianne Myrical Myricle Myriel Myrielle Myriem Myrieme Myrikal Myrina " +
  "Myris Myrissa Myrka Myrose Myroslava Myrtha Myrtil Myrtile Myrtille Myrto Myryam Mysha " +
  "Myway Naa Naaima Naama Naamah Naara Naarah Naariah Naasia Naava Naba Nabeeha Nabela Nabella " +
  "Nabia Nabiha Nabila Nabilah Nabilla Nabintou Nabitou Nabou Nabria Nabyla Naceira Nacera " +
  "Nachelle Nachida Nacia Naciera Nacima Nacira Naciye Nacole Nadaa Nadalee Nadalie Nadalyn " +
  "Nade Nadege Nadeige Nadejda Nadeje Nadelyn Nadera Nadette Nadezda Nadezhda Nadhia Nadhira " +
  "Nadiah Nadiana Nadie Nadiege Nadiejda Nadifa Nadiha Nadiia Nadija Nadila Nadin Nadira " +
  "Nadirah Nadire Nadiyah Nadiye Nadja Nadjah Nadjana Nadjat Nadjate Nadjati Nadjeschda Nadjet " +
  "Nadjete Nadjette Nadjia Nadjiba Nadjida Nadjila Nadjima Nadjla Nadjma Nadjoua Nadjwa Nadra " +
  "Nadyah Nadyne Nae Naeema Naeemah Naela Naele Naeli Naelia Naelie Naeline Naella Naelle " +
  "Naelly Naellya Naely Naelya Naelys Naema Naemi Naemie Naemy Naeomi Naeva Naevia Nafi Nafida " +
  "Nafila Nafisa Nafisah Nafisatou Nafissa Nafissah Nafissatou Nafiye Nafouanti Nafy Nafyssa " +
  "Nagat Naget Nagete Nagette Nagia Nagiba Nagihan Nagima Nagnouma Nagore Nahdia Nahe Nahed " +
  "Nahel Nahela Nahelle Nahema Nahiara Nahid Nahida Nahide Nahikari Nahila Nahima Nahiya Nahla " +
  "Nahlia Nahomi Nahomie Nahomy Nahoua Nahouel Nahya Nahyla Naia Naiah Naiala Naiara Naicha " +
  "Naida Naidelin Naidely Naidelyn Naidy Naiema Naig Naihara Naijah Naik Naika Naike Naila " +
  "Nailah Nailani Naile Nailea Naileah Naileen Nailla Naily Nailya Nailyn Nailys Naimah Naime " +
  "Naina Nainika Naiomi Naiomy Nairah Nairi Nairobi Nais Naisha Naissa Naissata Naiya Naiyah " +
  "Naiyana Naiza Naja Najae Najah Najat Najate Najatte Najaya Najayah Najda Najed Najema Najet " +
  "Najete Najett Najette Najia Najiba Najiha Najima Najiya Najiyah Najla Najlaa Najlae Najma " +
  "Najmah Najmo Najoi Najoie Najoua Najwa Najya Nakadi Nakady Nakaila Nakaiya Nakana Nakani " +
  "Nakara Nakari Nakaya Nakayla Nakeira Nakeisha Nakenya Nakeya Nakhia Nakhiya Nakia Nakiah " +
  "Nakira Nakirah Nakisha Nakita Nakiya Nakiyah Nakshatra Nakya Nakyah Nakyia Nakyiah Nakyla " +
  "Nakylah Nakyra Nala Nalah Nalan Nalanie Nalany Nalaya Nalayah Naleah Naleya Naleyah Nalha " +
  "Nalhya Nalia Naliah Nalie Naline Nalini Naliya Naliyah Nalleli Nallely Nallya Naly Nalya " +
  "Nalyah Nalyjah Nama Namari Namariama Nami Namia Namiah Namie Naminata Namine Namira Namissa " +
  "Namita Namiyah Namizata Namou Namrata Namy Namya Nanaakua Nanaba Nanako Nanami Nancia Nanda " +
  "Nandana Nandhana Nandhini Nandi Nandika Nandini Nandita Nandy Nanea Nanna Nanncy Nanou " +
  "Nansa Nantene Nantenin Nanthilde Nany Nao Naoel Naoelle Naoial Naoil Naoile Naoille Naoko " +
  "Naola Naolie Naoline Naolyne Naome Naomee Naomy Naomye Naora Naoual Naouale Naoualle Naouel " +
  "Naouele Naouelle Naoumi Naoumie Naoumou Naoura Naoures Narah Narali Naraly Naraya Narayah " +
  "Narayani Narcisa Narcisse Nardjes Nardos Nare Nareh Narelle Narely Nargess Nargesse Nargis " +
  "Nargisse Naria Nariah Nariana Narima Nariman Narimane Narimel Narimen Narimene Narin " +
  "Narissa Nariya Nariyah Narjas Narjes Narjess Narjesse Narjis Narjiss Narjisse Narmine Naroa " +
  "Narriman Narya Naryah Naryiah Nasera Nasha Nashae Nashaly Nashay Nashayla Nashely Nashia " +
  "Nashira Nashiya Nashla Nashley Nashya Nashyia Nasia Nasiah Nasiha Nasima Nasira Nasiya " +
  "Nasiyah Nasla Naslati Nasma Nasmi Nasra Nasrati Nasreen Nasria Nasrin Nasrina Nasrine " +
  "Nassabia Nasseira Nassera Nasserine Nassia Nassiah Nassiba Nassiera Nassiha Nassika Nassila " +
  "Nassima Nassira Nassma Nassou Nassra Nassrine Nassuria Nassya Nasta Nastasia Nastasja " +
  "Nastassia Nastassja Nastasya Nastazia Nasteho Nasthasia Nastia Nastya Nasya Natacha " +
  "Nataelle Nataiya Natalea Nataleigh Natalene Nataley Natali Nataliah Nataliee Nataliia " +
  "Natalija Natalin Nataliya Nataliyah Natalja Natallia Natallie Natally Nataly Natalyah " +
  "Natalye Natalyia Natalyn Natalynn Natanaelle Natania Nataniela Natanja Natanya Natasa " +
  "Natascha Natascia Natashia Natasia Natavia Nataya Natayla Natea Natelie Natercia Nateyah " +
  "Nathacha Nathael Nathaele Nathaelle Nathalee Nathalene Nathali Nathalina Nathaline Nathally " +
  "Nathaly Nathalya Nathalye Nathanaele Nathanaelle Nathania Nathanielle Nathea Nati Natia " +
  "Natidja Natie Natilee Natilie Natily Natilyn Nativa Nativitat Nativite Natiya Natori " +
  "Natosha Natsuki Natsumi Nattalie Nattie Naturelle Naty Natylee Naudia Naudiya Naura Naureen " +
  "Nauria Naurine Nausica Nausicaa Nautia Nautica Nautika Nava Navae Navaeh Navah Navaya " +
  "Navayah Naveah Naveh Naveya Naveyah Navi Navia Naviah Navie Navika Naviya Naviyah Navjot " +
  "Navneet Navpreet Navreet Navya Nawa Nawaal Nawael Nawal Nawale Nawalle Nawar Nawel Nawele " +
  "Nawell Nawelle Nawenn Nawras Nawres Nawress Naya Nayade Nayah Nayala Nayaliz Nayana Nayane " +
  "Nayanka Nayanna Nayanne Nayara Nayat Naycha Nayda Naydelin Naydeline Naydene Naye Nayel " +
  "Nayelee Nayeli Nayelie Nayelis Nayeliz Nayelle Nayelli Nayelly Nayely Nayha Nayila Nayima " +
  "Nayira Nayla Naylah Naylani Naylea Naylee Nayleen Naylene Naylia Naylie Naylin Nayline " +
  "Naylis Naylla Nayma Nayna Nayomi Nayomie Nayonna Nayra Nays Naysa Naysha Nayssa Naz Nazan " +
  "Nazare Nazaret Nazaria Nazariah Nazda Nazeha Nazha Nazia Naziah Nazifa Nazife Naziha Nazik " +
  "Nazila Nazima Nazira Nazirah Naziya Naziyah Nazla Nazli Nazlican Nazma Nazmiye Nazneen " +
  "Nazra Nazyia Nazyiah Ndella Ndeye Ndia Ndiaye Nea Neah Neary Neasa Neave Neaveh Nebahat " +
  "Nebia Nebila Nechama Nechuma Necla Nedia Nedjema Nedjima Nedjma Nedjoua Nedra Neeka Neela " +
  "Neelah Neelam Neele Neeley Neelie Neema Neena Neenah Neeti Neeva Neeve Neeyah Nefeli " +
  "Nefertari Nefertiti Nefise Nefissa Negrita Neha Nehad Nehal Nehama Nehemie Nehila Nehla " +
  "Nehle Nehlia Nehyla Neida Neidy Neige Neigeline Neijma Neilah Neilani Neilya Neima Neira " +
  "Neis Neisha Neissa Neiva Nejia Nejla Nejma Nejoua Nejra Nejwa Nekane Nekayla Nekia Nekiyah " +
  "Nelah Nelcia Nelcie Nelcy Nelcya Nelda Nele Neleh Nelhya Neli Neliah Nelida Nelina Nelita " +
  "Neliya Neliyah Nella Nellee Nellia Nellya Nellyah Nelma Nelsa Nelsia Nelsie Nelssy Nelsy " +
  "Nelsya Nely Nelya Nelyah Nema Nemati Nemesia Nency Nene Neneh Nenette Neomi Neomie Nephelie " +
  "Nephtali Nephtalie Nephtys Nera Nerea Neree Nereida Nereyda Nergis Nergiz Neriah Neriman " +
  "Nerimen Nerimene Nerina Neriya Neriyah Nerlande Nerline Nerma Nermina Nermine Nerys Nesayem " +
  "Nese Neserine Nesiah Nesibe Nesida Nesli Neslie Neslihan Neslin Nesly Nesma Nesrin Nesrine " +
  "Nesryne Nessah Nessayem Nesserine Nessia Nessiah Nessima Nessma Nessrin Nessrine Nessryne " +
  "Nessya Nestaba Nestorine Nethra Netra Neus Neuza Neva Nevae Nevaeh Nevaeha Nevaehia Nevaen " +
  "Nevah Nevaiah Neval Nevaya Nevayah Nevea Neveah Neveaha Neveen Nevena Nevenka Neveya " +
  "Neveyah Nevia Neviah Nevim Nevine Neviyah Nevra Neya Neyah Neyda Neydi Neyla Neylah Neylia " +
  "Neyliah Neylin Neylla Neyma Neysha Neyssa Nezahat Nezaket Nezha Neziah Neziha Neziyah Ngan " +
  "Ngoc Ngozi Nhi Nhu Nhyla Niagale Niagara Niah Niaja Niajah Niakale Niala Nialah Niama Niame " +
  "Niamey Niamora Niamya Niana Niang Niani Nianna Niaomi Niara Niarah Niarale Niasha Niasia " +
  "Niatou Niaya Niayla Nibel Nica Nicaise Nicanora Nicasia Nicci Nicephore Nicette Nichele " +
  "Nichelle Nicholette Nicia Nickayla Nickole Nicla Nicolasa Nicolet Nicoleta Nicoletta " +
  "Nicollette Nicolly Nicoly Nicomede Niculina Nida Nidale Nidhi Nidia Niela Nielah Nielle " +
  "Niema Niemah Niera Nierra Niesha Nieve Nieves Nigar Nihad Nihade Nihale Nihan Nihed Nihel " +
  "Nihele Nihelle Nihla Niia Nija Nijae Nijah Nijai Nijay Nijaya Nikaela Nikaya Nikayla " +
  "Nikeria Nikhita Nikia Nikiah Nikitha Nikiya Nikiyah Nikka Nikkia Nikkita Nikky Nikol Nikole " +
  "Nikoleta Nikolett Nikolette Nikolina Niky Nikya Nikyla Nikylah Nikyra Nilah Nilaja Nilajah " +
  "Nilam Nilani Nilaya Nilda Nilde Niley Nilgun Nilia Nilla Nilma Niloufar Nilsa Nilufer Nilya " +
  "Nimah Nimco Nimet Nimo Nimra Nimrah Nimrat Nimsi Nimsy Ninah Ninel Ninelle Ninfa Nini " +
  "Ninive Ninna Ninnog Ninog Niobe Niomi Niomie Niouma Nira Nirali Niranjana Niree Nirel " +
  "Nirina Nirma Nirmala Nirmin Nirmine Nisa Nisamar Nise Nisette Nishat Nishi Nishita Nishka " +
  "Nishta Nishtha Nisma Nisreen Nisrin Nisrina Nisrine Nissaf Nisserine Nissi Nissia Nissrin " +
  "Nissrine Nissya Nitalia Nitaya Nithila Nithya Nitika Nitsa Nitya Nitzia Niurka Niva Nivaeh " +
  "Nivaya Nivea Niveah Niveda Nivedita Nives Nivetha Nivia Nivine Niya Niyah Niyana Niyanna " +
  "Niyara Niyasia Niyathi Niyati Niyla Niylah Niyonna Niza Nizhoni Njeri Nkechi Nneka Nnenna " +
  "Nneoma Noalie Noalig Noaline Noame Noan Noane Noann Noanne Noara Noee Noela Noelane Noele " +
  "Noeli Noelia Noelie Noeline Noelise Noellia Noellie Noelline Noellise Noelly Noellya " +
  "Noellyne Noely Noelya Noelyne Noelynn Noelys Noelyse Noema Noemia Noemie Noemy Noemye Noeva " +
  "Noga Nogaye Noha Nohad Nohaila Nohane Nohayla Nohea Nohealani Noheila Nohela Noheli Nohelia " +
  "Nohella Nohely Nohemi Nohemie Nohemy Noheyla Nohla Nohra Noira Nojoud Nolah Nolane Nolann " +
  "Nolanne Nolee Noleen Nolene Nolia Noline Nolita Nolla Nolven Nolvenn Nolween Nolwen Nolwene " +
  "Nolwenn Nolwenne Nolya Nolyne Nomena Nonciade Noomi Noora Noori Noraa Noralba Noralynn " +
  "Norane Noranne Noraya Norberta Norberte Norbertine Norcine Nordine Nore Norea Noreli " +
  "Norelle Norely Norha Norhan Norhane Norhen Norhene Noriah Noriane Norianne Norig Noriyah " +
  "Norlane Norra Norsine Norya Noryane Noryne Nosra Nou Noua Nouara Nouchka Noudjoud Noufissa " +
  "Nouha Nouhad Nouhaila Nouhayla Nouheila Nouheyla Noujoud Noujoude Nouma Noumea Noumidia " +
  "Nouna Noura Nourah Nouran Nourane Nourania Nouranne Nouraya Nourcine Noure Nourelhouda " +
  "Nourhan Nourhane Nourhanne Nourhen Nourhene Nouria Nouriati Nourimane Nourimen Nourimene " +
  "Nourine Nouriya Nourou Nourra Noursane Noursine Nourssine Nourya Nousayba Nousra Noussaiba " +
  "Noussayba Noussaybah Nousseyba Nouvelle Nouzha Nouzla Novah Novalee Novaleigh Novalie Noy " +
  "Noya Noyale Nozha Nozomi Nsimba Nuala Nube Nubia Nuccia Nucia Nuha Nuhamin Numa Numidia " +
  "Nuna Nuncia Nunzia Nunziata Nunziatina Nupur Nura Nurah Nuran Nurcan Nurdan Nurgul Nurhan " +
  "Nuria Nuriya Nuriyah Nuriye Nursel Nurselin Nursen Nursena Nursima Nurten Nury Nusayba " +
  "Nusrat Nussayba Nuvia Nya Nyah Nyailah Nyaira Nyairah Nyaisa Nyaisha Nyaja Nyajah Nyala " +
  "Nyalah Nyana Nyanna Nyara Nyarah Nyari Nyarie Nyasha Nyashia Nyasia Nyasiah Nychelle Nycole " +
  "Nyeema Nyeemah Nyeisha Nyela Nyelah Nyeli Nyella Nyelle Nyelli Nyema Nyemah Nyera Nyesha " +
  "Nygeria Nyhel Nyia Nyiah Nyila Nyima Nyimah Nyja Nyjae Nyjah Nykeria Nykerria Nykhia Nykia " +
  "Nykiah Nykiera Nykira Nykole Nylah Nylasia Nyleah Nylee Nyleen Nylia Nyliah Nylie Nyliyah " +
  "Nylla Nyllah Nymphea Nyna Nynon Nyobi Nyomi Nyomie Nyonna Nyota Nyouma Nyra Nyrah Nyree " +
  "Nyriah Nyrie Nysa Nyshia Nysrine Nyssia Nyx Nyzeria Oaklee Oakleigh Oaklie Oaklynn Oana " +
  "Oanel Oanell Oanelle Oanez Obdulia Obeida Obeline Occuline Ocea Oceana Oceane Oceanie " +
  "Oceann Oceanna Oceanne Oceany Ocelia Ocelina Ocellina Ocilia Octaviana Octavie Octavya " +
  "Oculia Oculie Oculine Oda Odalis Odaliz Odalys Odaya Odel Odelie Odeline Odelya Odessa " +
  "Odete Odia Odila Odile Odine Odyle Odylle Odyssee Ofelie Ogechi Ohana Ohanna Ohiana Ohiane " +
  "Oiana Oiane Oifa Oihana Oihane Oihiba Oihida Oirda Oirdia Oisila Oissila Ojasvi Okairy " +
  "Oksanna Oktober Olachi Olaia Olalla Olatz Olaya Oleane Olegaria Oleksandra Olena Olesia " +
  "Olessia Olesya Olevia Oleya Olfa Olha Oliana Oliane Olida Olina Olinda Oline Olinka Oliphie " +
  "Oliva Olivane Olivea Olivera Oliviah Oliviana Oliviane Oliviarose Olivienne Oliviya Olivya " +
  "Oliwia Ollivia Ololade Olpha Olsa Olta Oluchi Oluwadamilola Oluwadara Oluwadarasimi " +
  "Oluwakemi Oluwatamilore Oluwatoni Olvido Olwenn Olya Olyana Olyna Olynda Olyvea Olyvia Oma " +
  "Omaima Omaira Omama Omara Omaria Omaya Omayma Omayra Ombeline Ombelline Ombelyne Ombline " +
  "Omeima Omere Omerine Omeya Omeyma Omiya Omni Omnia Omniya Omnya Omolola Omunique Ona " +
  "Onaissa Onalee Ondina Ondine Oneka Onelia Onenn Onesime Onesiphore Onessa Onesti Onesty " +
  "Onica Onika Onintza Onintze Onisty Oniya Oniyah Onna Onnika Onora Ons Onss Ony Onya " +
  "Onyinyechi Onyinyechukwu Oonagh Opale Opheline Ophely Ophelya Oprah Optat Orah Orana " +
  "Orancie Orane Oranne Orasie Orchidee Ordia Orea Oreade Oreane Oreda Oregan Oregane Oreline " +
  "Orencia Oreoluwa Orfelina Orhiane Oria Oriah Oriane Orianna Orianne Orida Oriella Orietta " +
  "Orionna Oriya Oriyah Orkia Orla Orlana Orlanda Orlande Orlane Orlann Orlanne Orleane Orlena " +
  "Orli Orlia Orline Orna Ornela Ornelia Ornella Ornelle Ornellia Orokia Orosia Orpha Orphea " +
  "Orphee Orphelia Orphelie Orphina Orphise Orquidia Ortal Ortense Orthense Ortraud Ortrud " +
  "Orya Oryana Oryane Oryanna Oryanne Osana Osanna Osanne Oscarine Osmane Osmara Osmary Ossana " +
  "Osswa Ostiane Oswa Otalia Othylie Otilia Otilie Ottavia Ottilia Otylia Ouacila Ouafa Ouafaa " +
  "Ouafae Ouaffa Ouafia Ouahiba Ouahida Ouaiba Oualida Ouarda Ouardia Ouaria Ouarida Ouasila " +
  "Ouassila Ouassima Ouda Oude Ouerdia Ouiam Ouiame Ouidad Ouidade Ouided Ouidede Ouiem " +
  "Ouijdane Ouisa Ouissal Ouissale Ouissam Ouissame Ouissem Ouiza Oulaya Oulematou Ouleye " +
  "Ouleymatou Oulfa Ouliana Oulimata Oum Ouma Oumaima Oumama Oumaya Oumayma Oumayna Oumayra " +
  "Oumayya Oumeima Oumelkheir Oumeya Oumeyma Oumhani Oumi Oumie Oummi Oummou Oummy Oumnia " +
  "Oumniya Oumnya Oumoul Oumra Oumy Ounaysa Ounayssa Ouneyssa Ounissa Ouns Oura Ourda Ourdia " +
  "Ouria Ourida Oury Ouswa Ouzna Ovida Ovidia Oviya Owena Oxana Oxane Oxanna Oxanne Oya Oyana " +
  "Oyanna Oyhana Oyindamola Oyuki Ozalee Ozana Ozanna Ozanne Ozden Ozge Ozgul Ozlem Oznur " +
  "Ozvan Pacifique Pacome Padme Padoue Paedyn Paeton Paetyn Pahola Paighton Paije Paishence " +
  "Paislee Paisleigh Paislie Paisly Paiten Paitin Paitlyn Paiton Paityn Paitynn Paiyton " +
  "Paizlee Paizley Paj Pakita Pakize Palak Palin Pallavi Palma Palmina Palmira Palmire Palmyre " +
  "Palyn Pamina Pamphile Pamphilia Panagiota Pandiale Pandore Pantera Pantxika Paoline " +
  "Paquerette Paqui Paquita Paradice Paraschiva Paraskevi Parfaite Pari Parina Parisa Pariss " +
  "Parissa Parisse Parmida Parmis Parneet Parnika Parquerette Parris Parvedy Parvine Parys " +
  "Pascalie Pascalina Pascaline Pascalle Pascalyne Pascuala Pashance Pashence Pasion Pasqua " +
  "Pasqualina Pasqualine Pasquina Pasquine Passionise Passionnise Pastora Paterne Patricie " +
  "Patrisha Patrisia Patrizzia Patrocinio Patrycja Pauleen Paulia Pauliana Paulin Paulmise " +
  "Paulonie Paulyne Pavina Pavithra Pavlina Paycee Payeton Payge Paylin Payper Payshence " +
  "Payslee Paytan Payten Paytience Paytin Paytn Paytone Paytton Paytyn Payzlee Paz Pebbles " +
  "Pegguy Peguy Peighton Peightyn Peinda Peityn Peja Pelagia Pelagie Pelin Peline Pema Pembe " +
  "Penda Peneloppe Penielle Penina Penka Pennelope Pennylane Pensee Pepa Pepin Pepina Percilla " +
  "Peregrina Perel Perihan Perina Perine Perinne Perlette Perlina Perline Pernelle Pernette " +
  "Pernille Peroline Peronne Perpetua Perpetue Perrette Perrina Perroline Perryne Persaeus " +
  "Persais Persaius Persayis Persayus Perseis Persephone Perside Pervenche Pervin Peryne " +
  "Pessel Pessy Petimat Petrona Petronela Petronila Petruta Petula Petya Peyden Peytan Peyten " +
  "Peytin Peytone Peytyn Pham Phanelie Phanie Phany Phara Pharailde Phebee Phedre Pheobe " +
  "Phibie Phiby Philadelphia Philae Philana Philibert Philiberte Philicia Philine Philipine " +
  "Philise Philogone Philomene Phoebee Phoebie Phoeby Phoenyx Phuong Phybie Phylicia Phynix " +
  "Piana Piedad Pieper Piera Pierina Pierine Pierpaola Pierra Pierreline Pierrina Pierrine " +
  "Pietrina Pimprenelle Pina Pinar Pinda Pivoine Piya Placeres Placida Placide Placidie " +
  "Plamedi Plamedie Poe Poeiti Poema Poerani Poerava Poetri Pola Polet Polette Poline Polonia " +
  "Polonie Polycarpe Pomeline Pomme Ponama Pooja Poonam Poppee Porfiria Porscha Porsche Porsha " +
  "Posey Prachi Prado Pragna Pragnya Pragya Prajna Prakruti Pranathi Pranavi Pranaya Pranika " +
  "Pranita Pranjal Prapti Prarthana Praxede Praxedes Precieuse Precilia Precilla Precillia " +
  "Preciosa Precylia Precyllia Preesha Prefina Prele Prerana Prerna Prescila Prescilia " +
  "Prescilla Prescillia Prescillya Prescilya Prescylia Prescyllia Presentacion Presilia " +
  "Presillia Preslea Preslee Presleigh Presli Preslie Presly Preslyn Pressilia Pressley " +
  "Pressly Presylia Pria Pricila Pricilia Pricilla Pricille Pricillia Prielle Primerose " +
  "Primitiva Princesa Princessa Princesse Princia Princilia Princillia Priscia Priscile " +
  "Priscilia Priscille Priscillia Priscillya Priscylia Priscylla Priscyllia Priseis Prisha " +
  "Prisila Prisilla Priska Prisma Prisque Prithika Priti Privat Priya Priyah Priyal Priyana " +
  "Priyanka Prodige Promesse Promiss Promize Promyse Prospere Prosperine Provence Providence " +
  "Providencia Prudencia Prudente Prunella Prunelle Prunille Pryscilla Pryscillia Pryska " +
  "Psalms Psylvia Ptissam Ptissem Pualani Puja Pulcherie Puneet Pura Purdey Purificacion Purvi " +
  "Pyper Qetsia Qian Qiana Qianna Qianqian Qiara Qin Qing Quanasia Quanesha Quanisha Quaniya " +
  "Quaniyah Queena Queency Quentasia Queralt Quetty Quetzali Quetzalli Quetzally Quetzaly " +
  "Quianna Quiara Quincee Quinci Quincie Quinesha Quiniya Quinley Quinlyn Quinlynn Quinne " +
  "Quinnlyn Quintasia Quintavia Quintessa Quirin Quiteria Quiterie Quitterie Quyen Quynh Quynn " +
  "Raaga Rabaa Rabab Rababe Rabbia Rabea Rabeb Rabecca Rabeha Rabera Rabha Rabhia Rabia Rabiaa " +
  "Rabiah Rabiatou Rabiha Rabira Rabiya Rabiye Rabouan Raby Rabya Racha Rachal Rachana Rachda " +
  "Racheal Racheda Rachela Rachell Rachella Rachika Rachima Rachka Rachma Rachna Rachyl Rackel " +
  "Racky Racquel Rada Radegonde Radha Radhia Radhika Radia Radidja Radife Radija Radiya Radja " +
  "Radka Radmila Radwa Radya Raeana Raeanna Raeanne Raechel Raedyn Raegan Raegen Raeghan " +
  "Raegyn Raela Raelan Raelea Raelee Raeleen Raeleigh Raelene Raeley Raeli Raelie Raelin " +
  "Raelle Raely Raelyn Raelynn Raelynne Raena Raenah Raeonna Raeven Raevyn Raeya Rafaele " +
  "Rafaeli Rafaella Rafaelle Raffaela Raffaella Raffaelle Rafia Rafida Rafif Rafika Ragan " +
  "Ragavi Ragen Raghad Raha Rahaf Rahama Rahamata Rahamatou Rahela Rahi Rahia Rahila Rahile " +
  "Rahima Rahime Rahina Rahini Rahlia Rahma Rahmah Rahmat Rahmata Rahmouna Rahnia Rahniya Raia " +
  "Raiana Raianna Raicha Raida Raigan Raigen Raigyn Raihana Raihane Raihanna Raika Railee " +
  "Raileigh Railey Railyn Railynn Raima Raimi Raimonda Raimonde Raimunda Raimunde Rainah " +
  "Rainee Rainey Raini Rainie Rainn Rainna Raionna Raiponce Raiqa Raisa Raisha Raissa Raiven " +
  "Raiya Raiyna Raiza Raizel Raizy Rajaa Rajana Rajanae Rajka Rajvi Rajwinder Rakayla Rakeb " +
  "Rakele Rakeria Rakhia Raki Rakia Rakiah Rakiya Rakiyah Raksha Raky Rakyah Rakyla Ralee " +
  "Raleigh Raley Ralia Raliba Ralida Raluca Ralya Ralyn Ralynn Rama Ramah Ramani Ramata " +
  "Ramatou Ramatoulaye Ramaya Rameaux Rameen Ramia Ramiah Ramiele Ramielle Ramina Ramira " +
  "Ramiya Ramiyah Ramiza Ramla Ramlati Ramna Ramouna Ramsha Ramya Ramyah Ramyia Ranae Ranaya " +
  "Rane Raneem Raneen Raney Raniah Raniha Ranijah Ranim Ranime Ranine Raniya Raniyah Raniyha " +
  "Rannia Ranya Ranyah Ranyia Ranyiah Ranym Raouda Raoudha Raouia Raoule Raphaele Raphaella " +
  "Raphaelle Raquell Raquelle Rariba Rasha Rashawna Rashay Rashea Rasheeda Rashel Rashell " +
  "Rashelle Rashi Rashia Rashida Rashiya Rashmi Rashya Rasika Rasmia Rasmina Rassil Ratiba " +
  "Ratil Ratile Raveena Ravenna Ravin Ravina Ravleen Ravyn Ravza Ravzanur Rawan Rawane Rawda " +
  "Rawell Rawen Rawene Rawia Raya Rayah Rayahna Rayana Rayanna Rayannah Rayanne Rayauna " +
  "Raychelle Rayelle Rayene Raygan Raygen Rayha Rayhana Rayhane Rayhanna Rayina Rayiona Rayka " +
  "Rayla Raylea Raylee Rayleen Raylei Rayleigh Raylene Rayli Raylie Raylin Raylyn Raylynn " +
  "Rayma Raymie Raymina Raymonda Raymonde Raymonia Raymonne Rayn Raynah Raynalde Rayne Raynee " +
  "Rayni Rayniah Raynie Rayniya Rayniyah Raynna Rayona Rayonna Raysa Rayssa Rayven Rayvin " +
  "Rayvn Rayya Razal Razan Razane Razanne Razel Razen Razia Raziah Razika Raziya Raziyah " +
  "Raziye Reagann Reaghan Reagyn Reah Reana Reane Reann Reannah Reanne Rease Rebah Rebeccah " +
  "Rebeckah Rebekka Rebiha Rechel Rediet Reeanna Reegan Reeghan Reesa Reet Reeya Refika Refka " +
  "Reganne Regeane Regena Reggina Reghan Regia Reginae Regla Reguia Rehab Reham Rehana Rehane " +
  "Rehanna Rehanne Rehema Reia Reiana Reianna Reigan Reighan Reighlyn Reigna Reihana Reihane " +
  "Reika Reiley Reilyn Reilynn Reinelde Reinette Reinhild Reira Reizy Rejane Rejanne Rejeane " +
  "Rejeanne Rejine Rekayla Rekia Rekiya Relique Rella Rema Remas Remedio Remedios Remee Remei " +
  "Remia Remicia Remie Remigia Remmi Remmie Remonde Remya Remziye Renad Renatta Renay Renaya " +
  "Renda Renea Renelde Renelia Renelise Renesmee Reneta Renetta Renette Renia Reniah Renilde " +
  "Renita Reniya Reniyah Renna Renyah Renza Reona Reonna Reparate Reshma Resi Restitude " +
  "Resurreccion Retaj Retal Reut Reva Revati Rewa Reya Reyah Reyana Reyanna Reygan Reyhana " +
  "Reyhane Reylene Reymonde Reynalde Reyonna Reyyan Rezlane Rezlene Rhadia Rhadija Rhalia " +
  "Rhalida Rhama Rhania Rhaniya Rhanya Rhariba Rhaya Rheagan Rhealynn Rheana Rheanna Rheanne " +
  "Rheannon Rhegan Rheira Rhema Rhesa Rheya Rheyna Rhia Rhian Rhiana Rhianah Rhiannah Rhiannan " +
  "Rhianne Rhilee Rhiley Rhilynn Rhim Rhimou Rhionna Rhislaine Rhita Rhiya Rhiyanna Rhizlaine " +
  "Rhizlane Rhizlene Rhode Rhya Rhyana Rhyann Rhyanna Rhyanne Rhylea Rhylee Rhyleigh Rhylie " +
  "Rhym Rhyse Riah Riahna Riahnna Riama Riana Rianah Riann Rianna Riannah Rianne Riansares " +
  "Ricarda Richa Richarda Richarde Richardine Richelaine Richeline Richma Rickayla Rickel " +
  "Rickelle Rickia Rickiyah Rickya Rickyia Riddhi Riddhima Ridhi Ridhima Riece Rieley Rielle " +
  "Rielly Riely Rielyn Rielynn Rifka Rifky Rigobert Rigoberte Rihab Rihabe Riham Rihame Rihan " +
  "Rihana Rihane Rihanna Rihanne Riheb Rihem Riheme Rihonna Rika Rikiya Rikya Rilana Rilea " +
  "Rilee Rilei Rileigh Rileyann Rileyanne Rilie Rilla Rily Rilya Rilyn Rilynn Rilynne Rimah " +
  "Rimane Rimasse Rimel Rimen Rimene Rimes Rimess Rimesse Rimsha Rinad Rinade Rindra Rined " +
  "Rinesa Rini Riniyah Rinnah Rinoa Riona Rionna Riquette Riselene Risha Rishika Rishita Risla " +
  "Rislaine Rislane Rislene Rissa Ritadj Ritadje Ritag Ritage Ritaj Ritaje Rital Ritedj Riteg " +
  "Ritege Ritej Riteje Ritel Ritha Rithika Riti Ritika Ritisha Ritta Ritu Rivana Rivka Rivky " +
  "Riwad Riwanon Rixa Riyah Riyana Riyane Riyanna Rizelaine Rizelene Riziki Rizlaine Rizlan " +
  "Rizlane Rizlen Rizlene Rizwana Rkia Rmoni Roa Roaya Roba Roberte Roberthe Robertine Robine " +
  "Robledo Robyne Robynn Rocca Rocelyn Rochel Rockell Rockelle Rockia Rocsi Rodaina Rodayna " +
  "Rodelind Rodica Rodnesha Roeya Rofaida Rofayda Rofia Rofrane Rogatienne Rogee Rogelia " +
  "Rogere Rogette Rogine Roha Rohini Roihama Roihma Roisin Roiza Roizy Rojbin Rojda Rojin " +
  "Rojine Rokaia Rokaya Rokhaya Rokhia Rokhiya Rokhya Rokia Rokiatou Rokiya Roksana Rokya Rola " +
  "Rolande Roliane Rollande Romaisa Romaissa Romaissae Romana Romane Romanella Romanie Romann " +
  "Romanne Romaysa Romaysae Romayssa Romayssae Romea Romee Romeissa Romelie Romeline Romey " +
  "Romeyssa Romi Romie Romila Romilda Romilde Romina Romiya Romuald Romualda Romualde Ronahi " +
  "Ronasia Ronee Roneisha Ronette Ronia Roniah Ronique Ronisha Roniya Roniyah Ronja Ronnae " +
  "Ronya Roqaya Roree Rorey Rosaelena Rosaire Rosaisela Rosalba Rosalee Rosalena Rosali " +
  "Rosalin Rosalita Rosalva Rosaly Rosalya Rosalynda Rosalyne Rosalynn Rosamaria Rosamonde " +
  "Rosane Rosange Rosangela Rosaura Roseda Rosel Rosela Roselaine Roselande Roselani Roselee " +
  "Roselene Roselie Roselina Roselinde Roselise Roselita Rosely Roselyn Roselyne Roselynn " +
  "Roselys Roselyse Rosema Rosemaine Rosemay Rosemee Rosemery Rosemie Rosena Rosenda Rosenn " +
  "Roser Roseta Rosey Roshell Roshini Roshni Rosi Rosia Rosiana Rosiane Rosianne Rosibel " +
  "Rosilda Rosilyn Rosimarie Rosinda Rosine Rosio Rosite Rositsa Roslynn Rosmarie Rosmeri " +
  "Rosmery Rossana Rosselin Rossella Rosselyn Rosslyn Roswitha Rosyne Rotraud Roua Rouba " +
  "Rouchda Roudaina Roudayna Roufaida Roufayda Rougui Rouguiata Rouguiatou Rouguiyatou Rouguy " +
  "Rouhama Roukaya Roukia Roukiya Roukya Roumaissa Roumaysa Roumayssa Roumba Roumeyssa Rouqaya " +
  "Rouqayya Rouwaida Rouzouna Rowyn Rowynn Roxann Roxelane Roxxi Roya Roza Rozalia Rozalyn " +
  "Rozalynn Rozana Rozane Rozelin Rozelyn Rozen Rozenn Rozenne Rozerin Rozlene Rozlyn Rozlynn " +
  "Rozy Ruari Ruba Rubby Rubee Rubiela Rubis Rubyann Rubye Rucha Ruchama Ruchel Ruchi Ruchy " +
  "Rudia Ruffine Rufin Rufina Rufine Ruhani Ruhee Ruhi Ruhiye Rujuta Rukaya Ruken Rukhsana " +
  "Rukia Rukiya Rukiye Rumaisa Rumaysa Rumeysa Rumyana Runa Ruphine Ruqaya Ruqayyah Rus " +
  "Ruslana Ruthanna Rutvi Ruveyda Ruwayda Ruya Ruzanna Ruzica Ryah Ryana Ryane Ryanna Ryannah " +
  "Ryanne Ryasia Rydia Ryelee Ryeleigh Ryelle Ryen Ryenn Ryenne Ryham Ryhana Ryhane Ryhanna " +
  "Ryhem Ryin Ryka Ryla Rylann Rylea Ryleah Rylee Ryleeann Rylei Ryleigh Ryli Rylie Ryliee " +
  "Ryliegh Rylin Rylinn Ryllie Ryly Rylyn Rylynn Rylynne Rym Ryma Ryme Rymel Rymen Rymess Ryna " +
  "Rynad Rynn Ryonna Ryslene Rytej Rytel Ryzlene Saachi Saada Saadet Saadia Saadiya Saadya " +
  "Saahithi Saaida Saamiya Saana Saandati Saandia Saani Saania Saanika Saanya Saara Saarah " +
  "Saaya Sabaa Sabah Sabaha Sabahe Sabaya Sabba Sabbah Sabeen Sabeha Sabel Sabela Sabeline " +
  "Sabella Sabelle Sabera Sabha Sabia Sabiha Sabila Sabira Sabirah Sabirin Sabrah Sabree " +
  "Sabreen Sabreena Sabrena Sabreya Sabria Sabriah Sabriel Sabrilla Sabrin Sabrinah Sabrine " +
  "Sabrinel Sabrinelle Sabrinna Sabriya Sabriyah Sabrya Sabryn Sabryna Sabryne Sachi Sacia " +
  "Sacramento Sacramentos Sadaf Saddie Sadee Sadeel Sadeen Sadet Sadey Sadhana Sadhika Sadia " +
  "Sadielynn Sadiha Sadika Sadine Sadira Sadiya Sadiyah Sadiye Sadja Sadjia Sadjida Sadjo " +
  "Sadya Sae Saedee Saelle Saesha Safa Safaa Safae Safah Safana Saffa Saffana Saffia Saffiya " +
  "Saffiyah Safia Safiana Safiatou Safietou Safiha Safina Safira Safiria Safiya Safiyah " +
  "Safiyatou Safiye Safiyya Safiyyah Safora Safoua Safoura Safwa Safy Safya Safyatou Safyia " +
  "Sagal Sagana Sagarika Sagia Sagra Sagrario Sahaana Sahai Sahana Sahara Saharah Sahari " +
  "Saharra Sahasra Sahdia Sahej Sahida Sahila Sahily Sahima Sahina Sahira Sahirah Sahithi " +
  "Sahiti Sahla Sahlia Sahmya Sahna Sahniya Sahnya Sahona Sahondra Sahori Sahory Sahra " +
  "Sahteene Sahvannah Sahyna Saia Saidah Saidey Saidi Saidia Saidie Saidy Saige Saila Saile " +
  "Sailee Saima Saina Sainabou Sainte Sainza Saioa Saira Sairah Sairy Saisha Saiya Saiyuri " +
  "Saja Sajda Sajia Sajida Sakae Sakara Sakari Sakayla Sakhina Sakho Sakina Sakinah Sakine " +
  "Sakiya Sakiyah Sakora Sakshi Sakya Sakyna Sala Saladina Salam Salama Salamata Salambo " +
  "Salammbo Salaya Salayah Salayna Salea Saleah Saleema Saleen Saleena Saleha Saleisha Salema " +
  "Salematou Salena Salene Salera Saleta Salete Saleyah Salha Salhia Sali Salia Saliah Saliha " +
  "Salihe Salika Salima Salimah Salimata Salimatou Salina Salira Saliya Saliyah Salka Salla " +
  "Salle Sallya Salmah Salmai Salmata Saloi Salomea Salomee Salomeia Saloni Saloua Salouha " +
  "Salsabil Salsabila Salsabile Salsabyl Saltana Salud Salustiana Salvadora Salvatrice Salvina " +
  "Salwa Saly Salya Salyha Salyma Salymata Salyna Sama Samaa Samadhi Samah Samai Samaia " +
  "Samaira Samaiya Samaiyah Samana Samanatha Samanda Samanta Samanthamarie Samanvi Samarah " +
  "Samari Samariah Samarie Samariya Samariyah Samarra Samarri Samarria Samary Samarya Samatha " +
  "Samauria Samaya Samayah Samayia Samayra Sambre Sameeha Sameena Sameera Sameerah Sameira " +
  "Samenta Samentha Samera Sameria Samhita Samhitha Samia Samiah Samianti Samiha Samiksha " +
  "Samila Samina Samirah Samirha Samirra Samiya Samiyah Samiyyah Sammantha Samna Samone Samora " +
  "Samorah Samoria Samoya Sampedro Samra Samrah Samrawit Samsha Samuela Samuella Samuelle " +
  "Samya Samyah Samyia Samyiah Samyra Samyrah Samyria Samyukta Samyuktha Sana Sanaah Sanaai " +
  "Sanaba Sanae Sanah Sanai Sanaia Sanaii Sanaiya Sanaiyah Sanam Sanaria Sanata Sanaya Sanayah " +
  "Sancia Sancie Sanda Sandati Sanddy Sandee Sandes Sandhya Sandia Sandjana Sandrea Sandrina " +
  "Sandrine Sandryne Sandya Sanela Sanella Sanem Sania Saniaa Saniah Sanii Saniiya Sanija " +
  "Sanijah Sanika Saniya Saniyah Saniye Saniyha Saniyya Saniyyah Sanja Sanjana Sanjna Sanjuana " +
  "Sanjuanita Sanna Sannah Sanne Sanoe Sanou Sansa Sanskriti Santanna Santas Santasia Santhiya " +
  "Santia Santiaga Santiana Santina Santine Sanvi Sany Sanya Sanyah Sanye Sanyi Sanyia Sanyiah " +
  "Sanyla Saoirse Saona Saori Saory Saossane Saoucen Saouda Saoudatou Saousan Saousane Saousen " +
  "Saoussan Saoussane Saoussen Saoussene Sapha Saphera Sapheria Saphia Saphir Saphira Saphire " +
  "Sapho Saphora Saphya Saphyra Sapna Sapphyre Saqqara Saquina Saquoia Sarabella Sarabeth " +
  "Sarabi Sarae Sarafina Saragrace Sarahann Sarahanne Sarahbeth Sarahgrace Sarahi Sarahjane " +
  "Sarahlynn Sarahrose Sarahy Sarai Saraia Saraiah Saraih Saraiya Saraiyah Saralee Saralyn " +
  "Saralynn Saranda Sarane Saranya Saraphina Sarasvati Sarata Saratou Saray Saraya Sarayah " +
  "Saraye Sarayma Sarayu Sare Sarea Sareen Sareena Saren Sarenity Sarenna Sarha Saria Sariah " +
  "Sariaka Sariana Sarida Sarie Sarika Sarinah Sarinity Sarit Sariya Sariyah Sarodja Saron " +
  "Sarra Sarrah Sarriah Sarrina Sarrinah Sarya Saryah Sarye Saryiah Saryn Saryna Sashka Sashya " +
  "Saskia Saskya Sassia Sata Satcha Satheen Satheene Sathine Sathvika Sathya Sathyne Sati " +
  "Satia Satie Satine Sativa Satomi Satou Saturna Saturnin Saturnina Satya Satyne Saudade " +
  "Saule Saumya Saunia Saura Sauraya Sauria Sauvane Sauvanne Savahna Savana Savanah Savannha " +
  "Savaya Savayah Saveah Saveena Savelina Saveria Saverina Savhanna Savia Savine Sawda Sawsan " +
  "Sawsana Sawsane Sawsen Sawsene Sawssan Sawssane Sawssen Sawssene Saya Sayah Sayaline Sayana " +
  "Sayanah Sayane Sayani Sayanna Sayanne Sayda Sayde Saydee Saydi Saydie Sayen Sayge Sayla " +
  "Saylah Saylee Sayler Sayli Saylor Sayma Sayna Sayra Sayuri Saziye Scarleth Scarlette " +
  "Schaima Schaina Schainez Schana Schanna Scheerazade Scheherazade Scheila Scheima Schekina " +
  "Schelsy Scherazade Scherezade Scherine Scherley Schiphra Schirley Scholastie Scholastique " +
  "Schylar Scolastie Scolastique Scotland Scotlyn Scotlynn Scottlyn Scottlynn Scylla Seaanna " +
  "Seaira Seairra Seanna Searra Sebahat Sebastiana Sebastienne Sebiha Sebnem Sebrina Secil " +
  "Secilia Secily Secondine Secundina Seda Sedanur Sedef Sedifo Sedna Sedona Sedra Sedrine " +
  "Seema Seerat Sefana Seffana Sefia Sefika Sefora Segolaine Segolen Segunda Seham Sehame " +
  "Sehar Sehem Seher Sehila Sehri Sehriban Sehrish Seidi Seidy Seifana Seila Seily Seina " +
  "Seinna Seira Seirra Seiry Sejal Sejda Sejla Sejoud Sekina Selah Selam Selcan Selda Seleen " +
  "Seleena Selen Selenay Seleni Selenia Selenn Selenna Selenne Selenya Seleste Seleyna Seliana " +
  "Seliane Selicia Seliha Selima Selimata Selime Selin Selinay Seliyah Selly Sellya Seloua " +
  "Selsabil Selsabila Selsabile Selsebil Selsebile Seltana Selvaggia Selver Selvi Selvina " +
  "Selvinaz Selwa Selya Selyana Selyna Sema Semah Semaiah Semaja Semanur Semaya Semia Semiah " +
  "Semiha Semina Semira Semiya Semiyah Semra Semsi Semya Semyra Senada Senaida Senait Senami " +
  "Senanur Senaya Senda Sende Sendes Sendrine Sendy Seneca Senem Sengul Senia Seniah Seniya " +
  "Seniyah Sennur Senora Seny Senya Seonna Sephana Sephora Sephorah Septime Sequoya Serafina " +
  "Serah Seraiah Serap Seraphie Seraphin Seraphina Seraphine Serapia Seray Seraya Sereen " +
  "Sereena Sereine Seren Serenah Serenay Serenella Serenety Serenidy Serenitee Serenitey " +
  "Sereniti Serenitie Serenna Serentiy Serezade Sergeline Sergette Sergia Sergina Sergine Seri " +
  "Seriah Seriana Serianna Serina Serinity Seriyah Sermin Serpil Serra Serrenity Serrina " +
  "Serrine Servais Servaise Servanda Servane Servanne Servilia Seryna Seryne Sesilia Setan " +
  "Setefilla Setou Setti Setty Sevaeh Seval Sevana Sevane Sevanna Sevannah Sevcan Sevde Sevena " +
  "Severa Severiana Severina Severine Severinne Severyne Sevgi Sevil Sevilay Sevilla Sevim " +
  "Sevinc Sevine Sevrine Sevtap Sevval Sevyn Seyana Seyanna Seyda Seyhan Seyla Seyma Seymanur " +
  "Seyna Seynabou Seyni Seyran Sezen Sfia Shaana Shabana Shabnam Shacara Shada Shadae Shadai " +
  "Shaday Shaddai Shadee Shadene Shadey Shadia Shadiamond Shadine Shadiya Shadya Shaela " +
  "Shaelee Shaeleigh Shaelie Shaelin Shaely Shaelyn Shaelynn Shaelynne Shaena Shahad Shahana " +
  "Shahed Shahida Shahima Shahina Shahinaz Shahinaze Shahine Shahines Shahinez Shahineze " +
  "Shahira Shahnaz Shahrazad Shahrazade Shahrazed Shahyna Shahynez Shaia Shaiann Shaianne " +
  "Shaida Shaila Shailah Shailee Shailey Shaili Shaily Shailyn Shailynn Shaima Shaimae Shainah " +
  "Shaindel Shaindy Shaines Shainese Shainess Shainesse Shainez Shaineze Shainice Shainis " +
  "Shainna Shainy Shainyce Shainys Shaira Shaivi Shakara Shakayla Shakeira Shakera Shakeria " +
  "Shakhia Shakia Shakila Shakirah Shakiya Shakiyah Shakti Shakya Shakyla Shakyra Shala " +
  "Shalana Shalaya Shalayla Shalea Shaleah Shalee Shaleena Shaleigh Shalen Shalena Shaley " +
  "Shaleya Shalia Shaliah Shalie Shalimar Shalina Shalini Shalise Shaliyah Shalon Shalonda " +
  "Shalone Shalva Shalya Shalyn Shalyna Shalynn Shalyse Shama Shamaiya Shamara Shamaree " +
  "Shamari Shamaria Shamariah Shamarie Shamaya Shamera Shamere Shameria Shamia Shamiah Shamika " +
  "Shamila Shamima Shamina Shamira Shamiracle Shamirah Shamiya Shamiyah Shamoni Shamora " +
  "Shamoria Shamsa Shamsi Shamsia Shamsy Shamya Shamyah Shamyia Shamyiah Shamyla Shamyra " +
  "Shanaa Shanae Shanael Shanaelle Shanah Shanai Shanaia Shanaiya Shanay Shanayah Shanaz " +
  "Shandi Shandiin Shandrany Shandrea Shanea Shanee Shaneka Shanel Shanell Shanella Shanelle " +
  "Shanelya Shanen Shanese Shanesia Shaneya Shanez Shaneze Shaniah Shanice Shaniece Shanijah " +
  "Shanika Shanila Shaniqua Shanis Shanise Shaniss Shanisse Shanita Shaniya Shaniyah Shaniyla " +
  "Shanley Shannel Shannell Shannelle Shannia Shannone Shannyn Shanone Shanonn Shanonne " +
  "Shanshan Shantae Shantal Shantasia Shantavia Shantay Shante Shantel Shantell Shantelle " +
  "Shanteria Shanterria Shanti Shantia Shantrice Shany Shanya Shanyah Shanyce Shanye Shanyia " +
  "Shanyiah Shanyla Shanyra Shanys Shanyss Shanysse Shanza Shanzay Shanze Shaona Sharada " +
  "Sharae Sharanya Sharay Sharaya Sharayah Sharazade Sharazed Sharda Shardae Sharday Sharde " +
  "Sharee Shareese Sharell Sharelle Sharice Sharifa Sharika Sharina Sharis Sharissa Sharita " +
  "Shariya Shariyah Sharlee Sharlen Sharlet Sharlette Sharleyne Sharlie Sharlize Sharlotte " +
  "Sharly Sharlyn Sharlyne Sharlynn Sharmaine Sharmila Sharonda Sharone Sharonne Sharvi " +
  "Sharyah Shasta Shatara Shatavia Shatha Shatia Shatoria Shatoya Shauni Shaunice Shauniya " +
  "Shaunna Shaunte Shavaria Shavelle Shavon Shavonne Shawnda Shawnice Shawnie Shawnna Shawnta " +
  "Shawntel Shayana Shayane Shayanna Shayanne Shayda Shaye Shayenne Shayera Shayina Shaylan " +
  "Shaylea Shaylee Shayleen Shayleigh Shaylen Shaylene Shayley Shayli Shaylie Shaylin Shayline " +
  "Shaylynne Shaymaa Shaymae Shaynah Shaynes Shaynese Shayness Shaynesse Shaynez Shayneze " +
  "Shaynice Shaynis Shayniss Shaynisse Shaynna Shayona Shayonna Shayra Shaza Shazia Sheala " +
  "Shealee Shealeigh Shealyn Shealynn Sheccid Sheerazade Shefali Sheherazad Sheherazade " +
  "Shehrazad Shehrazade Shehrazed Sheilla Sheilly Sheily Sheilyn Sheima Sheina Sheindel " +
  "Sheinez Shekina Shekinah Shelah Shelbee Shelbey Shelbie Shelbylynn Shelcy Sheldone Sheley " +
  "Sheli Shelihane Shelina Shella Shellby Shellsy Shelsea Shelsey Shelsie Shelssy Shelsy Shely " +
  "Shemaiah Shemariah Shemia Shemiah Shems Shemsa Shemsi Shemssy Shemsy Shenaya Shenaz Shendy " +
  "Shenelle Shenise Sheniya Sheniyah Shenoa Shenzy Sheona Sheraz Sherazad Sherazade Sheraze " +
  "Sherazed Shereen Sherel Sherezade Sheriah Sheriane Sherice Sheridane Sheridyn Sherihane " +
  "Sherilyne Sherin Sherina Sherine Sherita Sherleen Sherlene Sherley Sherlin Sherly Sherlyn " +
  "Sherlyne Sherlynn Sherone Sherrell Sherryl Sheryane Sherydan Sherydane Sheryfa Sherylane " +
  "Sheryline Sheryn Sheryna Sheryne Sheurley Sheva Shevy Sheyanne Sheyen Sheyene Sheyenne " +
  "Sheyla Sheyli Sheylin Sheyly Sheyma Sheyna Sheynez Sheyrine Sheza Shi Shiah Shiala Shian " +
  "Shiana Shiane Shiann Shianna Shianne Shifa Shifra Shikha Shila Shilah Shilee Shilo Shiloah " +
  "Shilyn Shilynn Shima Shimene Shiori Shirah Shirane Shiraze Shireen Shirel Shirelle Shiri " +
  "Shirin Shirine Shiryne Shivali Shivangi Shivani Shivany Shiza Shloka Shola Shonda Shondrea " +
  "Shonna Shony Showna Shraddha Shradha Shravani Shravya Shree Shreena Shreeya Shreya Shrika " +
  "Shrinidhi Shritha Shriya Shruthi Shruthika Shruti Shterna Shukri Shulamis Shulamite " +
  "Shunashi Shuri Shwetha Shya Shyah Shyan Shyana Shyane Shyann Shyanna Shyanne Shyasia Shye " +
  "Shyenne Shyera Shyia Shylah Shylan Shylea Shylee Shyleigh Shyler Shyli Shylie Shylin Shylo " +
  "Shyloh Shylyn Shylynn Shym Shyma Shyna Shyneze Shynia Shynice Shynna Shyonna Shyra Shyrel " +
  "Shyrelle Shyrine Sia Siah Siame Sianah Siane Siani Siann Siannah Sianne Sianni Siara Siarah " +
  "Siarra Siata Sibille Sibyle Sicily Siclali Sidalia Sidda Siddalee Siddhi Sidelya Sidgey " +
  "Sidgy Sidika Sidjey Sidji Sidjie Sidjy Sidnei Sidni Sidnie Sidoine Sidona Sidonie Sidony " +
  "Sidra Sidrah Sidrat Sidwell Sieanna Siearra Sieglinde Siegrid Siegried Siegrun Siem Sieme " +
  "Siena Siene Siennah Siera Sierah Sierrah Sierralynn Sifa Sifan Siga Siggi Signe Sigolene " +
  "Sigourney Sigride Sigried Sigrun Sihaam Siham Sihame Sihan Sihana Sihane Sihem Siheme Sila " +
  "Silan Silane Silena Silia Siliana Silina Siline Silja Silka Silke Silla Sillia Silma Siloe " +
  "Silvaine Silvane Silvanie Silvanna Silvere Silveria Silvestra Silvette Silvi Silviana " +
  "Silviane Silvianne Silvija Silvina Silvine Silviya Silvy Silya Silyana Siman Simane Simar " +
  "Simara Simay Simaya Simeonie Simeonne Simge Simha Simi Simiane Similienne Simina Simine " +
  "Simisola Simiya Simiyah Simmone Simonetta Simora Simplice Simra Simrah Simran Simranpreet " +
  "Simrat Simrin Simy Simya Sina Sinahi Sinai Sinaie Sinay Sinaya Sinceer Sinclaire Sinda " +
  "Sindhu Sindi Sindia Sindie Sinead Sinem Sinforosa Singrid Sinia Sinina Siniya Siniyah " +
  "Sinthia Sintia Siobane Siobhane Siomara Siona Sionna Siouar Sipa Sira Siraba Siradou Sirah " +
  "Sirandou Sireen Sirena Sirenia Sirenity Siri Siria Siriah Siriana Siriane Sirielle Sirima " +
  "Sirin Sirina Sirine Sirinity Sirinne Siriya Siriyah Sirra Sirya Siryne Sisilia Sisley Sisse " +
  "Sissi Sitan Sitara Sitey Sitina Sitlali Sitti Sitty Sivan Sivane Sivani Siwar Siware Sixta " +
  "Sixtine Siya Siyam Siyana Siyanna Siyem Siyona Skai Skarlet Skarleth Skarlett Skarlette " +
  "Skie Skii Skila Skilar Skiley Skilynn Sklaerenn Skurta Skyann Skyanna Skyanne Skyela " +
  "Skyelar Skyelyn Skyelynn Skyi Skyla Skylah Skylan Skylee Skyleen Skylei Skyleigh Skylen " +
  "Skylene Skyley Skyli Skylie Skylier Skylin Skylinn Skylir Skylla Skylyn Skylynn Skylynne " +
  "Skyy Skyylar Sladana Sladjana Slava Slavica Slavika Slavka Sloana Sloann Sloanne Slobodanka " +
  "Slohane Slorane Slowane Smahan Smahane Smahen Smahene Smeralda Smilla Smina Smita Smrithi " +
  "Smriti Smya Sneha Snejana Snezhana Snigdha Sniyah Soa Soaad Soad Soade Soah Soan Soana " +
  "Soane Soann Soanna Soanne Soaz Soazic Soazick Soazig Soazik Socheata Socorro Socrate Sodia " +
  "Soeli Soelie Sofana Soffia Sofi Sofiah Sofiana Sofiatou Sofiia Sofines Sofiya Sofya Sogane " +
  "Soha Sohad Sohaila Sohalia Sohana Sohane Sohann Sohanna Sohanne Sohayla Soheila Sohela " +
  "Soheyla Sohila Sohora Soifa Soifia Soilha Soisic Soisick Soisik Soizic Soizick Soizig " +
  "Soizik Sojoud Sok Sokaina Sokayna Sokhna Sokhona Sokona Solae Solaine Solal Solana Solane " +
  "Solange Solanges Solanne Solara Solaya Solea Soleane Soleda Soledad Soledade Soleen Solei " +
  "Soleil Soleina Soleine Solen Solena Solene Solenn Solenna Solenne Solenza Solesne Soley " +
  "Soleya Soleyna Soleyne Solia Soliana Soliane Soliel Solimar Solin Solina Soline Solita " +
  "Sollange Sollene Soltana Solune Solveig Solveigh Solvej Solvene Solvey Solweig Solya " +
  "Solyana Solyane Solymar Solyna Solyne Somaia Somaly Somara Somaria Somaya Somer Someya " +
  "Somia Somiya Sommer Somya Sona Sonal Sonali Sonay Sonaya Sonda Sondes Sondess Sondos Songul " +
  "Soniah Sonie Sonita Soniya Soniyah Sonnia Sonoma Sonora Sonsoles Sony Soodia Soojin " +
  "Sophanie Sophany Sophea Sophee Sophiah Sophiamarie Sophiana Sophiane Sophianne Sophiea " +
  "Sophietou Sophina Sophira Sophiya Sophonie Sophy Sophya Sopie Sora Sorah Sorahya Soraia " +
  "Soraida Soraiya Soraja Sorana Sorane Soraya Sorayah Sorelle Sorene Sorenza Soreya Soria " +
  "Soriah Soriana Soriane Sorina Sorine Soriya Sorkunde Sorona Sorraya Sorya Soryana Soryane " +
  "Sosie Sosso Sosthene Sosthenes Sotera Sotiria Soua Souaad Souaade Souad Souada Souade " +
  "Souadou Souana Souane Souare Soued Souela Souella Soufia Soufya Souha Souhad Souhade " +
  "Souhaila Souhane Souhayla Souheila Souhela Souheyla Souhila Souhir Souhyla Souila Soujoud " +
  "Soujoude Soukaina Soukamba Soukayna Soukeina Soukeyna Soukina Soulaf Soulaima Soulayma " +
  "Soulef Souleima Souleyma Soultana Soumaia Soumaiya Soumaya Soumayah Soumayat Soumayya " +
  "Soumayyah Soumba Soumeiya Soumeya Soumeyya Soumia Soumicha Soumina Soumiya Soummaya Soumya " +
  "Souna Sounaya Sounda Soundes Soundos Soundouce Soundous Soundouss Soundousse Sounia Sounita " +
  "Sounkamba Sounna Sounnah Sountou Sounya Soura Souraia Souraya Souria Souriya Sourour Sourya " +
  "Soussaba Sovana Sovanna Sovanny Sowmya Soyana Soyla Speranza Spfia Spoorthi Sra Sravya " +
  "Sreeja Sreenidhi Sreshta Sreya Srihita Srihitha Srija Srikari Srimedha Srinidhi Srinika " +
  "Srinithi Srinithya Srishti Sristi Sritha Srividya Sriya Sruthi Sruti Stacha Staicy Stana " +
  "Stania Stanie Stanise Stanislava Stanislawa Stany Starasia Starlee Starlett Starlette " +
  "Starlyn Starlynn Stasha Stasia Stassy Stav Steacy Stecia Stecie Stecy Steecy Stefana " +
  "Stefane Stefani Stefanny Stefany Steffany Steffy Stefi Stefie Stefka Stefy Steicy Steisi " +
  "Stelia Stelie Stelina Steline Stelle Stellia Stellie Stellina Stelline Stelly Stellya " +
  "Steluta Stely Stelya Stelyna Stepanie Stephaine Stephanette Stephania Stephanne Stephanny " +
  "Stephany Stephy Steren Sterenn Stessi Stessie Stessy Stesy Stevey Stevi Steyla Sthefany " +
  "Stina Stjepana Storee Stori Storie Stracy Strella Stressy Stuti Sua Suad Suada Suami Suamy " +
  "Suana Sucely Suchi Sude Sudem Suden Sudenaz Sudenur Sudiksha Sueann Sueda Suela Sueli " +
  "Suella Suelly Suely Sueva Sugey Suhaila Suhailah Suhaily Suhana Suhani Suhayla Suhaylah " +
  "Suheda Suheily Suhey Suheyla Sujeily Sujey Sujitha Sukaina Sukayna Sukeina Sukeyna Sukhman " +
  "Sukhmani Sukran Sukriye Sulamita Sule Suleika Suleima Sulema Suleyka Suleyma Suli Suliana " +
  "Suliane Sulma Sulpice Sultane Sumaia Sumaira Sumaiya Sumaiyah Sumaya Sumayo Sumayya " +
  "Sumayyah Sumedha Sumeja Sumer Sumerya Sumeya Sumeye Sumeyra Sumeyya Sumeyye Sumiah Sumiko " +
  "Sumire Summar Summerlyn Summerlynn Suna Sundess Sundus Sundy Sunem Suni Suniya Sunnah Sunni " +
  "Sunnie Sunniva Sunshyne Supriya Surabhi Surah Surai Suraiya Suraya Suree Surelie Surenity " +
  "Sureya Sureyya Suri Suria Suriah Suriana Surie Surina Suriya Suriyah Sury Susagna Sussy " +
  "Suvetha Suvi Suyana Suzannah Suze Suzeanne Suzel Suzele Suzelle Suzete Suzon Svantje Svara " +
  "Svea Svenja Svetla Svetlana Sveva Sviatlana Svitlana Swahili Swaily Swamy Swana Swane " +
  "Swanee Swanie Swann Swanna Swanne Swannie Swanny Swany Swara Swathi Sweety Swetha Swetlana " +
  "Sya Syah Syam Syana Syanah Syane Syani Syanna Syannah Syanne Syara Syarah Syasia Sybel " +
  "Sybelia Sybella Sybelle Sybellia Sybile Sybill Sydjie Sydne Sydnee Sydnei Sydni Sydnie " +
  "Sydny Sydonie Sydra Syeda Syeira Syeisha Syem Syenna Syerra Syesha Sygrid Syham Syhame " +
  "Syhana Syhanna Syhem Syia Syla Sylah Sylee Syleena Sylena Sylene Sylia Syliana Syliane " +
  "Sylina Sylke Sylla Syllia Sylvaincine Sylvaine Sylvana Sylvane Sylvania Sylvanie Sylvanise " +
  "Sylvanna Sylvelie Sylveline Sylvene Sylvere Sylverine Sylvestine Sylvestre Sylvestrine " +
  "Sylvette Sylvi Sylviana Sylviane Sylvianne Sylvienne Sylvina Sylwia Symantha Symara Symaria " +
  "Symia Symiah Symirah Symone Symora Symphanie Symphany Symphonie Symphorien Symphorienne " +
  "Symphorine Symya Syna Synai Synda Syndel Syndelle Syndey Syndi Syndia Syndie Syndra Syndy " +
  "Synia Syniah Syniya Syniyah Synthia Syntia Syntyche Syona Syra Syrae Syrah Syrai Syrena " +
  "Syrenity Syrenna Syriah Syriana Syriane Syrianna Syrianne Syrie Syriel Syrielle Syrin " +
  "Syrina Syrine Syrinne Syvannah Taaliyah Tabara Tabata Tabea Tabetha Tabita Tabytha Tacarra " +
  "Tachirifa Taciana Tacko Tacora Tacy Tadeja Taegan Taegen Taejah Taela Taeler Taelor Taelyn " +
  "Taelynn Taetum Taeya Tahani Tahara Tahel Tahera Tahia Tahiana Tahicia Tahina Tahira Tahirah " +
  "Tahis Tahissa Tahisse Tahissia Tahiti Tahitia Tahlia Tahliya Tahlya Tahmia Tahnee Tahnia " +
  "Tahra Tahtiana Tahtianna Tahya Tahyna Tahyra Tahys Tahyss Taia Taiana Taiba Taija Taijah " +
  "Taila Taily Tailyn Tailynn Tailys Taima Taimane Taimani Taina Taini Tainy Tairy Tais Taisha " +
  "Taiss Taissa Taissia Taissir Taissy Taitum Taitym Taiya Taiyana Taiylor Taja Tajah Tajanae " +
  "Taji Takaiya Takara Takaya Takayla Takaylah Takeira Takera Takeria Takeya Takia Takiah " +
  "Takiera Takine Takira Takiya Takiyah Taklit Tako Takoua Takoya Takwa Takya Takyah Takyia " +
  "Takyla Takylah Takyra Talah Talaijah Talajah Talar Talasia Talaya Talayah Talayjah Talayla " +
  "Talaysha Talaysia Talea Taleah Taleen Taleeya Taleeyah Taleia Taleigh Taleigha Taleisha " +
  "Talena Talesha Taleya Taleyah Talhia Talhya Taliah Taliana Taliane Talianna Talicia Talie " +
  "Taliea Talijah Talina Taline Talisa Talise Talisha Talissa Talita Taliya Taliyah Taliyha " +
  "Talley Tallya Tallyn Talor Talula Talulah Taly Talyana Talyia Talyiah Talyn Talyna Talyne " +
  "Talynn Talyssa Tama Tamaiya Tamaki Tamana Tamani Tamari Tamaria Tamarie Tamarria Tamaya " +
  "Tamber Tamea Tameah Tameia Tameka Tamela Tameria Tamesha Tameya Tameyah Tamia Tamiah " +
  "Tamiaya Tamila Tamilla Tamimount Tamina Tamira Tamiracle Tamirah Tamiria Tamirra Tamisha " +
  "Tamiya Tamiyah Tamlyn Tamora Tamou Tamryn Tamsen Tamsin Tamya Tamyah Tamyia Tamyiah Tamyra " +
  "Tamyrah Tanae Tanai Tanaijah Tanais Tanaisa Tanaisha Tanaiya Tanaja Tanajah Tanaria " +
  "Tanashia Tanasia Tanaya Tanayah Tanayia Tanaysia Tanazia Tanea Taneah Taneisha Tanesha " +
  "Tanessa Taneya Taneyah Tangela Taniah Taniaya Tanija Tanijah Tanila Tanina Taninna Tanise " +
  "Tanishka Tanisi Tanissia Tanit Tanita Taniya Taniyah Tanja Tanmayi Tanna Tannah Tansu " +
  "Tanvee Tanvi Tany Tanyah Tanyia Tanyiah Tanyjah Tanyla Tanysha Tanzie Tanzila Taouba Taoues " +
  "Taous Taousse Tapanga Taqwa Taraji Taralyn Taralynn Taria Tariah Tariana Tarianna Tarika " +
  "Tarini Tariya Tariyah Tarryn Tarsila Taryah Taryne Tarynn Tasanee Tashara Tashauna Tashawna " +
  "Tashay Tashayla Tashi Tashia Tashiana Tashianna Tashiya Tashvi Tashya Tashyia Tashyra " +
  "Tasiana Taslim Taslima Taslime Tasmine Tasneem Tasnia Tasnim Tasnime Tasnym Tasnyme " +
  "Tassadit Tassadite Tassia Tassiana Tassnim Tassnime Tasya Tata Tatelyn Tatelynn Tatem " +
  "Tathiana Tatianah Tatiane Tatianna Tatianya Tationa Tationna Tatiyana Tatiyanna Tatiyona " +
  "Tatjana Tatsiana Tattiana Tattianna Tatumn Tatyana Tatyanna Tatyiana Tatym Tauri Tava " +
  "Tavaria Taveah Tavia Taviana Tavishi Tawanna Tawba Tawnee Tawni Taya Tayah Tayana Tayanna " +
  "Tayba Taycee Taycir Tayde Taydem Tayen Taygan Taygen Tayiah Tayja Tayla Taylah Taylar " +
  "Taylee Tayleigh Tayley Tayli Tayliana Taylianna Taylie Taylin Taylinn Taylorann Taylore " +
  "Taylormarie Taylour Taylre Taylyn Taylynn Tayma Taymiya Taymiyah Taymiyya Tayna Tayona " +
  "Tayonna Tayri Tays Taysha Taysia Taysir Tayssa Tayssia Tayssir Taytem Taytum Tazaria " +
  "Tazariah Tazia Taziah Taziyah Tazmeen Tchelsy Teadora Teagan Teaghan Teagyn Teah Teaira " +
  "Teairah Teairra Teaja Teala Teana Teandra Teani Teanna Teara Tearra Tearsa Teasia Tecla " +
  "Teesha Teeya Teeyah Teeyana Teeyanah Teghan Teha Tehani Tehila Tehilla Tehillah Tehina " +
  "Tehya Teia Teiana Teiara Teighan Teighlor Teila Teiona Teirra Teissa Teja Tejal Tejasvi " +
  "Tejaswini Tekla Telana Teldja Teleah Telena Telesfora Teliah Teliyah Tellia Telma Telya " +
  "Temari Temia Temiloluwa Temima Temitayo Temitope Temprance Temprence Temya Tena Tenaya " +
  "Tendresse Tene Tenea Tenessee Tenessy Teniah Tenille Tenin Teniola Tenise Tenisha Teniya " +
  "Teniyah Tenley Tennessie Tennessy Tennille Teodomira Teodosia Teofila Teona Teonna Teora " +
  "Terah Teralyn Teralynn Tere Terena Teresanna Teriah Teriana Terianna Terica Terin Terina " +
  "Terrah Terren Terria Terriah Terriana Terrianna Terrica Terriona Terrionna Terriyana " +
  "Terryana Terryn Terryonna Tery Teryn Tesa Tesia Tesla Teslim Teslime Tesneem Tesnim Tesnime " +
  "Tesnym Tesnyme Tessadit Tessah Tessalynn Tessane Tesse Tessia Tessla Tessnim Tessnime " +
  "Tessnym Tessya Tetiana Tetyana Teuta Teva Tevhide Tevy Texane Teya Teyah Teyana Teyanah " +
  "Teyanna Teyla Teylor Teyma Teyona Teyonna Teyssa Teyssir Thaila Thaily Thailys Thaina Thais " +
  "Thaiss Thaissa Thaisse Thaissia Thaleia Thaliana Thalie Thalina Thalita Thaliya Thallia " +
  "Thallya Thaly Thalya Thalyana Thalyna Thalys Thalyssa Thamar Thamara Thamila Thana Thanais " +
  "Thandi Thandiwe Thania Thanina Thaniya Thanusha Thanvi Thanya Thao Thara Thatiana Thayana " +
  "Thayla Thayna Thayra Thays Thayssa Theana Theane Thecla Thecle Thelia Thelya Themire Themis " +
  "Themys Theobaldine Theodorine Theodose Theodosie Theodule Theoline Theona Theone Theonie " +
  "Theophanie Theophila Theophile Theophilia Theotime Theotine Theotiste Theoxane Thera " +
  "Theresia Theresine Thereza Thereze Therezia Theryn Thess Thessa Thessia Thessy Thevy Thi " +
  "Thiaba Thiana Thiane Thiara Thida Thiefaine Thienan Thifaine Thifanie Thifanny Thifany " +
  "Thiffaine Thiffany Thilda Thildy Thileli Thilelli Thimothee Thioro Thiphaine Thiphanie " +
  "Thiphany Thiviya Thivya Thiya Thiyya Thiziri Thomase Thomassine Thomine Thora Thoraya " +
  "Thouraya Thouria Thumette Thuriane Thuvaraka Thuy Thy Thya Thyana Thyanna Thyda Thyfaine " +
  "Thyfanie Thyia Thylane Thylia Thymea Thyna Thyphaine Thyphanie Thyra Tiah Tiahna Tiaja " +
  "Tiajah Tiamarie Tianah Tiane Tiani Tiannah Tianne Tianni Tiany Tiarah Tiare Tiarra Tiasia " +
  "Tiauna Tiavina Tibile Tiburce Tiburcia Ticia Ticiana Tida Tiera Tieran Tierany Tierra " +
  "Tierrah Tiesha Tifa Tifaine Tifani Tifanie Tifanny Tifany Tifen Tifene Tifenn Tifenne " +
  "Tiffaine Tiffanny Tiffen Tiffene Tiffenn Tiffiny Tiga Tigerlily Tiguida Tiguidanke Tiguide " +
  "Tiha Tihana Tihanna Tihya Tijana Tijania Tila Tileah Tilelli Tilia Tiliana Tilila Tilla " +
  "Tillia Tilya Tilynn Tima Timara Timari Timaya Timberly Timberlyn Timea Timia Timiah Timiya " +
  "Timiyah Timmia Timmya Timmyah Timoleon Timoleone Timotea Timya Timyra Tinaig Tinamarie " +
  "Tinashe Tinasia Tinaya Tindra Tinhinan Tinhinane Tinia Tiniyah Tinley Tinsley Tiona Tionna " +
  "Tionne Tiphaine Tiphanny Tiphayne Tiphen Tiphene Tiphenn Tippi Tira Tiranke Tirsa Tirtsa " +
  "Tirza Tirzah Tissam Tissem Tissia Tissiana Tissya Tita Titaina Titania Titem Titia Titiana " +
  "Titiane Titilayo Titziana Tivoli Tiya Tiyah Tiyana Tiyanna Tiye Tiyonna Tizia Tiziana " +
  "Tiziri Tizziana Tkeyah Tlaitmas Tnia Tniya Tniyah Tnya Tnyah Toba Toccara Tochi Toimaya " +
  "Toinon Toleen Tolulope Toluwani Tomasa Tombe Tomia Tomiya Tonasia Toniann Tonina Tonisha " +
  "Toniya Toniyah Topanga Torah Toree Toria Toriah Toriana Toriann Torianna Torianne Toribia " +
  "Torilynn Torkia Torri Torryn Tosca Toscane Tosha Totiana Touatia Touba Touda Touline Toumia " +
  "Tounes Tounsia Touraya Touria Touriya Tourkia Tourya Toussaint Toussainte Toussine Tovah " +
  "Traeh Traicy Tralaya Tramiah Tramiya Tran Tranae Trang Trania Tranice Traniya Traniyah " +
  "Transito Trany Tranya Traude Traudel Traudl Travionna Trayonna Treanna Treazure Trecia " +
  "Trecy Treicy Tremya Trenae Trenia Trenise Treniti Trenity Treniya Treniyah Trenyce Treonna " +
  "Tressia Tressie Tressy Tressya Treva Treya Treyana Treyonna Trezure Triana Trianna Tricha " +
  "Trichelle Tricity Tricya Trilby Trillian Trinady Trinh Trini Trinida Trinidee Trinidy " +
  "Trinitat Trinite Trinitee Trinitey Triniti Trinitie Trinity Trinnity Trintiy Trinty Trischa " +
  "Trishelle Trishna Trissia Tristana Tristane Tristann Tristiana Tristianna Tristina Tristine " +
  "Tristynn Troi Truc Trulee Trycia Trynitee Tryniti Trynity Tryphene Trysha Tryssia Trysta " +
  "Tsering Tsiky Tsilia Tsilla Tsipora Tsiporah Tsivia Tsoline Tsvetelina Tuana Tudorita Tugba " +
  "Tugce Tulah Tulay Tuleen Tulia Tulin Tuline Tullia Tulsi Tuong Turenne Turkan Turkia Tuyet " +
  "Tvisha Txell Tya Tyah Tyaira Tyaja Tyana Tyanah Tyanna Tyannah Tyanne Tyara Tyashia Tyasia " +
  "Tyasiah Tyauna Tybee Tycia Tyeisha Tyesha Tyfaine Tyfanie Tyfannie Tyfen Tyfene Tyfenn " +
  "Tyffaine Tyffanie Tyffany Tyffen Tyffene Tyffenn Tyha Tyhana Tyhia Tyiana Tyianna Tyiona " +
  "Tyionna Tyja Tyjae Tyjah Tyjanae Tykeira Tykera Tykeria Tykerria Tykia Tykira Tyla Tylah " +
  "Tylaisha Tylajah Tylane Tylashia Tylasia Tylayshia Tylaysia Tylea Tyleah Tylee Tyleigh " +
  "Tylia Tyliah Tyliana Tylicia Tylie Tylina Tyliyah Tyllia Tylynn Tymber Tymea Tymesha Tymia " +
  "Tyna Tynae Tynasia Tynayah Tyneisha Tynesha Tynia Tyniah Tynijah Tynisha Tyniya Tyona " +
  "Tyonna Typhaine Typhanie Typhen Typhene Typhenn Tyrah Tyreana Tyreanna Tyreona Tyreonna " +
  "Tyresha Tyrhiana Tyrhianna Tyria Tyriana Tyrianna Tyrielle Tyrihanna Tyrionna Tysha Tyshae " +
  "Tyshay Tyssem Tyssia Tyteanna Tytiana Tytianna Tytiona Tytionna Tyunna Tyyonna Tzipa " +
  "Tzipora Tziporah Tzipporah Tzippy Tzirel Tziry Tzivia Ubah Ubaldina Udane Uendi Ugochi " +
  "Ugoline Uguette Uhaina Ulani Uli Uliana Ulku Ulli Ulyana Ulyssa Ulysse Ulyssia Uma Umaima " +
  "Umaiza Umayma Umi Ummahan Ummu Ummugulsum Ummuhan Umran Undina Unyque Unzile Uranie Urbaine " +
  "Urbana Urbanie Uriell Urielle Urja Ursel Ursi Ursule Ursulla Urvi Uschi Usoa Usue Ute Uxia " +
  "Uyen Uzma Uzoamaka Uzuri Vada Vaea Vaeda Vaena Vahiana Vahide Vahina Vahine Vaiana Vaida " +
  "Vaidehi Vaihere Vaimiti Vaina Vainui Vaishnavi Vaite Vaitea Vaitiare Vala Valantine Valarie " +
  "Valbona Valda Valecia Valena Valencia Valentyna Valere Valeriana Valeriane Valerianne " +
  "Valerica Valerienne Valeriia Valerine Valeriya Valerya Valeryane Valeska Valia Valiha " +
  "Valisoa Valkyrie Vallerie Vallery Valliamee Vallory Valme Valorie Valoris Valory Valvanera " +
  "Valvanuz Valy Valyn Valyncia Vana Vanae Vanasia Vanecia Vanessah Vaneza Vani Vanicia Vanida " +
  "Vanille Vanina Vanisha Vanissa Vaniya Vaniyah Vannah Vannary Vannesa Vannessa Vannia " +
  "Vannina Vannya Vanshika Vany Vanylle Vanyna Varda Varinia Varinka Varnika Varsha Varshini " +
  "Varshitha Varvara Vashanti Vashti Vasia Vasilia Vasilica Vasiliki Vasilisa Vassilia " +
  "Vassiliki Vassilissa Vasthie Vasti Vastie Vasylyna Vayana Vayda Vayla Veanna Vedastine " +
  "Vedha Vedika Veena Veera Vefa Vega Veia Velia Velina Velinda Vella Velleda Velouria Venaig " +
  "Venance Venancia Venant Venante Venda Venecia Venera Veneranda Venerande Venere Venessa " +
  "Venice Venicia Venise Venissia Venitia Venna Vennela Venusia Venussia Venya Verane Veranne " +
  "Verdiana Vered Verenice Verenise Verginia Verica Verlaine Vero Verona Verone Veroniqua " +
  "Vesile Vesta Veyda Viana Vianca Viane Vianette Vianka Vianna Vianne Viannette Vianny Viany " +
  "Vibha Vicenta Vicktoria Victoire Victoriaann Victoriah Victoriana Victoriane Victorianna " +
  "Victorien Victorienne Victorina Victorine Victorita Victoriya Victorya Vidalia Vidalina " +
  "Vidhi Vidushi Vidya Vielka Vienna Vienne Viera Vierra Vijaya Vika Vikie Viktoriia Viktoriya " +
  "Viktorya Viky Vilayphone Vildan Vimala Vinaya Vinca Vincence Vincenette Vincenne Vincenta " +
  "Vincentine Vincenza Vincenzina Vinciane Vincianne Vincienne Vincilia Vincillia Vincine " +
  "Vincy Vinessa Vinisha Vinyet Violaine Violanda Violene Violett Violine Viollette Viona " +
  "Viorica Vira Viraman Virgile Virgilia Virgine Virginy Viridiana Virna Virtudes Visitacion " +
  "Vismaya Vitalba Vitalia Vitalina Vitaline Vithusha Vitina Viveka Vivette Viviane Viviann " +
  "Vivica Vivika Vivyanna Viyan Vladia Vlasta Vlera Vlora Volha Vonda Vonnick Vrinda Vyctoria " +
  "Vylet Vyolet Vyshnavi Waad Wacila Wadia Wadislawa Wadyslawa Wafa Wafaa Wafae Wafah Waffa " +
  "Wafia Wagui Wahiba Wahida Waiba Waina Wala Walaa Walae Walburga Waleria Waleska Walfriede " +
  "Walia Walida Waliya Waliyah Wallen Walli Wallys Waltraud Walya Wande Wandy Wanessa Wania " +
  "Wanissa Wanita Warda Wardat Wardia Waris Warwara Wasila Wassa Wassia Wassila Wassilla " +
  "Wassima Wassyla Wayna Weam Weena Weendy Weiwei Wejdene Wenceslas Wenddy Wendoly Wera " +
  "Weronika Weslie Weslynn Wessal Whitlee Whitley Whittney Wiaam Wiam Wiame Widad Widade Wided " +
  "Widiane Widline Wiebe Wiebke Wiem Wieme Wieslawa Wiham Wihem Wijdan Wijdane Wijden Wijdene " +
  "Wiktoria Wilda Wilfrida Wilfride Wilhelma Wiliana Willamena Willene Williana Williane Willo " +
  "Willona Willyana Wilmary Wilna Wiltraud Wiltrud Wilyana Wina Windsor Winry Winsley Winta " +
  "Wisal Wisam Wissal Wissale Wissame Wissel Wissem Wisseme Withney Witney Wivine Wladislava " +
  "Wladislawa Wladyslawa Workhiya Woude Woury Wrenn Wuendi Wydad Wyem Wylene Wylona Wynona " +
  "Wynter Xabina Xailey Xamara Xana Xandra Xandrea Xandria Xaniah Xaniya Xaniyah Xantal Xanthe " +
  "Xara Xare Xaria Xariah Xaveria Xaverine Xavia Xaviana Xavianna Xaviere Xavina Xayla Xcaret " +
  "Xeila Xela Xelha Xeniya Xhesika Xia Xiadani Xiamara Xiana Xianna Xiao Xiaofen Xiaohong " +
  "Xiaojing Xiaoli Xiaoling Xiaowei Xiaoxiao Xiaoying Xiaozhen Xiara Xiclaly Xienna Ximenna " +
  "Xin Xinyan Xinyu Xinyue Xiomara Xitlali Xitlalic Xitlalli Xitlally Xitlaly Xitllali Xoana " +
  "Xochi Xochil Xochilt Xochilth Xochitl Xoe Xoey Xolani Xue Xulia Xyanna Xyla Xzandria Xzaria " +
  "Yaa Yaba Yachet Yacina Yacine Yacinthe Yackelin Yacout Yadhira Yadira Yadirah Yadwiga Yaele " +
  "Yaeli Yaelin Yaell Yaelle Yafa Yaffa Yahaira Yahayra Yahdira Yaheli Yahira Yaileen Yailen " +
  "Yailene Yailin Yailyn Yaima Yaimara Yaindhi Yaindhy Yaira Yaire Yairis Yaisa Yaitza Yaiza " +
  "Yajahira Yajaira Yajayra Yakare Yakelin Yakeline Yakelyn Yakima Yakin Yakine Yakira Yakout " +
  "Yakouta Yakoute Yalda Yalena Yalexa Yali Yalina Yaline Yalissa Yalitza Yaly Yama Yamanda " +
  "Yamara Yamari Yamaris Yamel Yameli Yamena Yamila Yamile Yamiled Yamilet Yamileth Yamilett " +
  "Yamilette Yamilex Yamiley Yamili Yamillet Yamily Yamina Yamira Yamna Yamouna Yana Yanaelle " +
  "Yanaira Yanais Yanalis Yanara Yanari Yanay Yanci Yane Yaneira Yaneiry Yaneisy Yanel Yanela " +
  "Yaneli Yanelie Yanelis Yaneliz Yanell Yanelle Yanelli Yanellie Yanelly Yanely Yanelys " +
  "Yanessa Yanet Yaneth Yanett Yanhong Yania Yaniah Yanic Yanice Yanichel Yanick Yanie " +
  "Yanielis Yanieliz Yanik Yanin Yanina Yanique Yanira Yanire Yanisa Yanissa Yanisse Yanitza " +
  "Yanitzia Yanixa Yaniya Yaniyah Yanka Yanna Yannaelle Yannah Yanne Yannet Yannic Yannice " +
  "Yannicka Yannicke Yannie Yannika Yannique Yanoura Yanyan Yaprak Yaqine Yaquelin Yaqueline " +
  "Yaquelyn Yara Yarah Yaraliz Yarden Yarel Yareli Yarelie Yarelin Yarelis Yareliz Yarelli " +
  "Yarelly Yarely Yaremi Yaren Yareni Yareny Yaresli Yaresly Yaret Yareth Yarethzi Yarethzy " +
  "Yaretsi Yaretsy Yaretzi Yaretzie Yaretzy Yarexi Yarexy Yariah Yariana Yarianna Yaribel " +
  "Yarie Yariela Yarielis Yarieliz Yarielys Yarilis Yarimar Yarisa Yarisbel Yarisel Yarissa " +
  "Yarithza Yaritsa Yaritza Yaritzel Yaritzi Yaritzy Yaritzza Yarixa Yariza Yarlin Yaroslava " +
  "Yasamin Yasemin Yasemine Yashica Yashika Yashira Yashvi Yasiah Yasira Yasleen Yaslene " +
  "Yaslin Yasline Yaslynn Yasma Yasmeena Yasmeli Yasmina Yasminah Yasmyn Yasna Yasra Yasrine " +
  "Yassa Yassamine Yassia Yassimina Yassina Yassira Yassmin Yassmina Yassmine Yassna Yatzari " +
  "Yatzel Yatzil Yatziri Yatziry Yaye Yayi Yazel Yazira Yazleen Yazlene Yazlin Yazlyn Yazlynn " +
  "Yazmarie Yazmeen Yazmen Yazmin Yazmina Yazmine Yazmyn Yazmyne Yazuri Yda Yecenia Yedra " +
  "Yeelen Yehoudit Yehoudith Yehudis Yeili Yeilin Yeily Yeilyn Yeimi Yeimy Yeira Yelda Yeleen " +
  "Yeleina Yelen Yeleni Yelenis Yelenna Yelin Yelina Yeline Yelitza Yeliz Yelizaveta Yellana " +
  "Yellena Yelyzaveta Yemaya Yemi Yemima Yemna Yena Yency Yendi Yendy Yeneisy Yenesis Yenifer " +
  "Yenna Yennhi Yennifer Yenny Yentel Yentl Yenty Yeraldi Yeraldin Yeraldine Yeraldy Yerli " +
  "Yerlin Yerly Yesica Yesika Yesim Yesina Yesli Yeslin Yesly Yesmin Yesmina Yesmine Yessenia " +
  "Yessica Yeter Yeva Yexalen Yezda Yezenia Yezra Yhoalibeth Yides Yildiz Yilin Yingying Yiran " +
  "Yireh Yisel Yisela Yisell Yiselle Yiska Yissel Yitta Yitty Yitzel Yixin Yizel Ylana Ylanah " +
  "Ylane Ylang Ylanna Ylea Yleana Yleane Ylena Ylenia Ylenna Ylhem Yliana Ylianna Ylina Yline " +
  "Yliona Yllana Ylliana Yllona Yloa Ylona Ylonna Ylouna Yma Yman Ymane Ymani Ymen Ymene Yna " +
  "Ynaia Ynaya Yness Ynesse Ynna Ynola Yoali Yoana Yoanna Yoanne Yoany Yobana Yocelin Yoceline " +
  "Yocelyn Yocheved Yoela Yoeli Yohana Yohanna Yohanne Yoheved Yojana Yokheved Yola Yolaine " +
  "Yolani Yole Yoleine Yolene Yolenn Yolenne Yolette Yolina Yoline Yolita Yollande Yolotzin " +
  "Yomaira Yomara Yomaris Yomna Yonca Yonie Yonna Yonnah Yordanka Yoselin Yoselina Yoseline " +
  "Yoselyn Yoselyne Yosr Yosra Yosselin Yosseline Yosselyn Yossra Yosune Yougoudou Youlia " +
  "Youma Youmi Youmna Youna Younique Younna Yousna Yousr Yousra Yousrah Yousrat Yousroi " +
  "Youssera Youssra Youstina Yovana Yovanna Yraya Yrene Yria Yrina Yris Ysa Ysabeau Ysabela " +
  "Ysabella Ysabelle Ysalia Ysalie Ysaline Ysalis Ysalys Ysambre Ysance Ysandre Ysatis Ysaure " +
  "Yse Ysea Ysee Yseline Yseult Ysia Ysie Ysilde Ysis Yslem Ysma Ysolde Ysoline Ysra Yssia " +
  "Ytzel Yuanyuan Yubin Yudit Yudith Yue Yui Yuka Yukari Yukary Yuki Yukiko Yukino Yuko Yuksel " +
  "Yuktha Yuleidi Yuleidy Yuleimy Yuli Yulia Yuliana Yulianna Yuliet Yulieth Yuliia Yulisa " +
  "Yulissa Yulitza Yuliya Yuliza Yuly Yumalai Yumalay Yumara Yume Yumi Yumiko Yumna Yun Yunah " +
  "Yunalesca Yune Yunique Yunna Yunuen Yurani Yurdagul Yureli Yurely Yurema Yurena Yuriana " +
  "Yurianna Yuridia Yuridiana Yuriko Yurisa Yuritza Yuritzi Yuritzy Yusra Yussra Yuting Yuvia " +
  "Yuxin Yuxuan Yva Yvaine Yvana Yvanah Yvane Yvanie Yvanna Yvannah Yvanne Yvannia Yveline " +
  "Yvelise Yvelisse Yvelle Yvelyne Yvelyse Yvett Yviane Yvie Yvonnette Yvonnick Yza Yzabel " +
  "Yzabella Yzabelle Yzaline Yzea Yzia Zaakirah Zaara Zabdi Zabella Zabibou Zabida Zabou Zadia " +
  "Zadie Zaelynn Zaena Zafirah Zafiro Zaharah Zahari Zaharia Zahava Zahera Zahia Zahida Zahide " +
  "Zahina Zahira Zahirah Zahiya Zahmya Zahnae Zahniya Zahniyah Zahnya Zaho Zahoua Zahraa " +
  "Zahrah Zahria Zahriah Zahriya Zahriyah Zahrya Zahya Zahyna Zaia Zaiah Zaida Zaide Zaidee " +
  "Zaidy Zaig Zaiha Zaila Zailee Zailey Zailyn Zailynn Zaima Zaina Zainaba Zainabe Zainabou " +
  "Zainah Zaineb Zaira Zairah Zaiya Zakara Zakayla Zakaylah Zakeria Zakeya Zakhia Zakhya Zakia " +
  "Zakiah Zakina Zakira Zakirah Zakiya Zakiyah Zakiyyah Zaklina Zakya Zakyah Zakyia Zakyiah " +
  "Zakyla Zakyra Zakyrah Zala Zalayah Zalea Zaleah Zaleigh Zaley Zalhata Zali Zalia Zalie " +
  "Zaliha Zalihata Zalika Zalina Zaliyah Zaloa Zalya Zalynn Zamani Zamantha Zamara Zamaria " +
  "Zamariah Zamariya Zamariyah Zamauria Zamaya Zameria Zamiah Zamira Zamirah Zamirra Zamiya " +
  "Zamiyah Zamora Zamorah Zamoria Zamya Zamyah Zamyia Zamyiah Zamyra Zamyria Zamyriah Zamzam " +
  "Zana Zanaa Zanae Zanai Zanaiya Zanaria Zanasia Zanay Zanaya Zanayah Zandrea Zandria Zani " +
  "Zania Zaniah Zanib Zanijah Zaniya Zaniyah Zaniyha Zaniyla Zanna Zanya Zanyah Zanye Zanyia " +
  "Zanyiah Zanyla Zao Zaoua Zaoudjati Zaouia Zaquia Zarahi Zarai Zaray Zaraya Zarayah Zareah " +
  "Zareth Zareya Zareyah Zarha Zarhia Zari Zariah Zariaha Zariana Zarianna Zarianti Zariea " +
  "Zariel Zarina Zarine Zarionna Zariya Zariyah Zariyana Zariyha Zarna Zarra Zarria Zarriah " +
  "Zarriyah Zarya Zaryah Zaryia Zaryiah Zaryn Zauria Zavia Zaviera Zawadi Zaya Zayah Zayana " +
  "Zayane Zayanna Zayda Zaydah Zaydee Zaydi Zayla Zaylah Zaylee Zayleigh Zayley Zayli Zaylie " +
  "Zayna Zaynab Zaynah Zayneb Zayonna Zayra Zayuri Zaza Zazia Zazie Zdenka Zdzislawa Zeah " +
  "Zeanna Zeasia Zeba Zebida Zeena Zeenat Zeguela Zehava Zehira Zeidy Zeila Zeina Zeinabe " +
  "Zeinabou Zeineb Zekia Zekiye Zela Zelal Zelaya Zeldy Zeli Zelia Zelida Zelie Zeliha Zelima " +
  "Zelina Zelinda Zeline Zella Zellie Zelly Zelmire Zeltia Zeltzin Zely Zelya Zemira Zemirah " +
  "Zenab Zenaba Zenabou Zenaida Zenaide Zenaya Zenayda Zendaya Zeneb Zeneida Zeni Zeniah " +
  "Zeniya Zeniyah Zenna Zenobia Zenobie Zenona Zenya Zephirin Zephirine Zephyrine Zera Zerah " +
  "Zerda Zeren Zerenity Zeriah Zerina Zeriyah Zerrin Zeruiah Zerya Zetta Zeudi Zeyda Zeyna " +
  "Zeynabou Zeyneb Zeza Zhanae Zhane Zhaniya Zhanna Zhanya Zhara Zharia Zheneavia Zhor Zhora " +
  "Zhour Ziah Ziana Zianna Zianne Ziara Ziarra Ziasia Zidouma Zienna Zierra Ziha Ziham Zikayla " +
  "Zikeria Zikira Zila Zilah Zilan Zilane Zilba Zilda Zilia Zillah Zina Zinab Zinabe Zinaida " +
  "Zinebe Zinia Zinna Ziomara Ziona Zionah Zionna Zionnah Ziortza Zipporah Zira Zissel Zissy " +
  "Zite Zitlali Zitlalic Zitlaly Ziva Zixuan Ziya Ziyah Ziyana Ziyanah Ziyanna Ziynet Ziyonna " +
  "Ziza Zlata Zlaty Zmya Zniah Zniya Zniyah Znya Zobida Zody Zoee Zoei Zoeie Zoejane Zoelie " +
  "Zoeline Zoelle Zoeya Zoeyann Zoeyjane Zofie Zofja Zoha Zohe Zohie Zohour Zohra Zohre Zoi " +
  "Zoia Zoie Zoiee Zoila Zolera Zolikha Zolira Zooey Zophia Zophie Zoraida Zorane Zoraya Zorha " +
  "Zoria Zoriah Zoriana Zorianna Zorica Zorra Zosia Zoubaida Zoubeda Zoubeida Zoubida Zouhour " +
  "Zouhra Zouina Zoulayha Zoulfa Zouliha Zoulika Zoulikha Zoulira Zoura Zowie Zoya Zoye Zozan " +
  "Zriyah Zubeyde Zubida Zuhal Zuina Zujey Zulal Zulay Zuleica Zuleika Zuleima Zuley Zuleyha " +
  "Zuleyka Zuleyma Zuli Zulima Zully Zulma Zulmee Zulmira Zuly Zumra Zunaira Zunairah Zunilda " +
  "Zuri Zuriah Zurie Zurisadai Zurisaday Zuriyah Zurri Zury Zuzanna Zuzu Zya Zyah Zyaira " +
  "Zyairah Zyana Zyanna Zyannah Zyanya Zyara Zyarah Zyaria Zyasia Zyauna Zyeria Zyia Zyiah " +
  "Zyiana Zyionna Zykaria Zykeira Zykera Zykeria Zykeriah Zykerria Zykia Zykiah Zykira Zykiria " +
  "Zyla Zylah Zyleigh Zyliah Zylie Zymal Zymeria Zymia Zyna Zynaria Zynasia Zyneb Zynia Zyniah " +
  "Zyniyah Zyona Zyonah Zyonna Zyra Zyrah Zyria Zyriah Zyrianna Zyrihanna ";
export const MORE_UNGENDERED_GIVEN_NAMES =
  "Abdon Abiola Abir Abou Abriel Achille Achraf Adar Adelin Aden Adley Adonai Adonay Aiman " +
  "Aimen Airam Aires Aissa Alban Aleksa Alem Alessi Alexys Alfa Alin Altair Aly Amadis Amaiur " +
  "Aman Amante Amary Amaurie Amel Amets Amran Amri Anatolie Angelin Angelis Angi Anik Anis " +
  "Anndrea Annet Aram Aran Ares Arian Ariele Aristide Aritza Armel Aubin Auriel Aury Avni Avy " +
  "Axell Ayan Ayani Aydan Ayden Aydin Ayen Ayhan Aymar Ayme Azel Azhar Baha Baila Bao Baraa " +
  "Baraka Benjamine Bertin Bisan Blaise Bodo Bora Briann Cam Camill Carime Carmin Casimir " +
  "Celin Chaden Charaf Charlet Charli Charly Chayanne Chima Christien Cielo Cire Claudi Collyn " +
  "Colyn Cosma Cruz Dakota Daly Dany Danye Danyel Dary Davelle Dayani Delfin Deniss Deniz " +
  "Derin Diallo Didier Dini Dioni Dursun Dylann Edyn Ekin Eliah Eliel Elio Elior Eliott Elison " +
  "Elohim Eloi Elya Elye Elyjah Emmanuele Emry Endy Enea Eri Erique Eris Esosa Evann Eyden " +
  "Famara Fanel Florentin Franki Frantz Geraldy Giani Giona Gisel Gurnoor Hady Haile Haize " +
  "Hamdi Hayati Heli Hendy Henni Henny Heyden Hindy Iden Idy Ihsan Ilay Ilhan Imran Imrane " +
  "Indy Iram Iren Isaia Isais Isayah Islam Ismet Issa Ivon Izaya Iziah Jad Jahel Jaid Jaimy " +
  "Jamaa Jani Janik Jann Jannik Jasone Jayann Jayce Jaymi Jerzy Jianni Jin Joani Joele Jona " +
  "Jood Jora Jorah Jordann Joscelyn Joselin Josia Joslin Joslyn Josselin Josua Juany Juri Kaci " +
  "Kada Kader Kailan Kalani Kalis Kallan Kamar Kameron Kani Karell Karime Karis Kaylan Kaylann " +
  "Kaylen Kayton Keita Kendi Kenji Kenley Kenni Kensley Kensly Keo Khali Khalifa Khanh Kiko " +
  "Kimani Kimi Kleo Kona Kriss Kyann Kyrie Lamara Landy Lasha Laurance Laurin Leiny Leny " +
  "Leonce Leonida Lio Lirio Livian Livier Liyan Logann London Loran Lorence Loreto Lorian " +
  "Lorien Loris Luan Lyam Lyllian Macaire Madalin Mael Maeven Maike Malan Malek Maleke Malone " +
  "Manel Mani Manjot Manoa Manoah Manuele Manuelle Marien Marik Mateja Mati Matia Matisse " +
  "Maxence Mayan Mayden Maysen Meher Melian Micha Mikaele Mikele Mikhal Milan Miliani Ming " +
  "Mishka Morghan Mylan Nael Nahir Nair Najeh Nalin Nassim Nazaire Nazar Nazareth Nazire Nere " +
  "Nermin Neylan Nidal Nihal Nile Nima Nino Nori Nuri Olamide Ousmane Paris Pau Peniel Phoenix " +
  "Pino Presley Qamar Rabah Rahil Raja Rajae Rany Rayane Rayann Rayen Rayhan Rayley Raymone " +
  "Remi Renne Reyan Reyhan Rhyan Ricci Rida Rija Riyan Rome Rommy Rony Rosen Sabas Sadi Sadio " +
  "Sady Sael Safi Sahel Saide Salem Samar Samay Sameh Sammi Sani Santana Santos Sayon Sefa " +
  "Senay Sevan Severin Sevin Shaan Shaden Shadi Shaheen Shai Shaya Shayden Sheron Shiraz Shyne " +
  "Simeone Slone Sofiane Sohan Sonam Sovann Stevee Suly Sunay Surya Syan Syann Sylvain Tal " +
  "Talin Tanis Tao Taos Tayler Tenzin Thanh Thien Thierry Tien Tsion Tyann Valeri Ventura " +
  "Vianey Vianney Vincente Vitalie Wesly Wissam Xane Xuan Yahel Yani Yannik Yannis Yari Yaris " +
  "Yasha Yaya Yeni Yenni Yona Yonah Yori Zacaria Zadi Zerin Ziann Zohar Zyann ";
