/// Proper names of places that stand alone as one word: countries, US states and large cities.
///
/// A place is not a person: `Sen. Bernie Sanders of Vermont` is Sanders speaking, `Columbus, Ohio,` is a setting,
/// and `Texas asked a judge` is the state's government, an organisation. Names that are also common first names
/// or surnames of people in the news (Chad, Jordan) are left out.
enum PlaceLexicon {
    /// Folded one-word place names.
    static let names = WordList("""
        afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
        bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
        bulgaria burkina burundi cambodia cameroon canada chile china colombia comoros congo croatia cuba cyprus
        czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france
        gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland
        india indonesia iran iraq ireland israel italy jamaica japan kazakhstan kenya kiribati kosovo kuwait
        kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar
        malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia
        montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger
        nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar
        romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan
        suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey
        turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
        britain england scotland wales ulster america europe asia africa tibet gaza crimea chechnya kashmir
        darfur catalonia quebec ontario alabama alaska arizona arkansas california colorado connecticut delaware
        florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
        michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
        tennessee texas utah vermont virginia wisconsin wyoming london paris berlin moscow beijing tokyo
        washington brussels rome madrid lisbon dublin edinburgh cardiff belfast glasgow manchester liverpool
        birmingham leeds bristol sheffield newcastle vienna prague warsaw budapest athens ankara istanbul tehran
        baghdad damascus beirut jerusalem cairo riyadh dubai doha kabul islamabad karachi delhi mumbai bombay
        calcutta kolkata bangalore seoul pyongyang shanghai taipei manila jakarta bangkok hanoi sydney melbourne
        canberra auckland wellington ottawa toronto montreal vancouver havana caracas bogota lima santiago
        brasilia rio nairobi lagos johannesburg harare kiev kyiv minsk tbilisi geneva zurich amsterdam stockholm
        oslo copenhagen helsinki chicago boston philadelphia atlanta houston dallas miami seattle detroit denver
        phoenix baltimore cleveland pittsburgh milwaukee minneapolis charlotte nashville memphis orlando tampa
        cincinnati columbus sacramento honolulu brooklyn manhattan harlem westminster strasbourg frankfurt
        munich milan naples barcelona marseille lyon calais dover
        """)
}

extension PlaceLexicon {
    /// Compass words, which end a region's name (`the Middle East`) but also people's (`Cornel West`).
    static let compassWords = WordList("north south east west")

    /// Adjectives that make a region of the place after them (`Northern Ireland`, `Western Australia`).
    static let compassAdjectives = WordList("northern southern eastern western central")

    /// Words before a compass word that make a region of it (`Middle East`, `Pacific Northwest`, `Wild West`).
    static let regionPrefixes = WordList("middle far near mid deep wild old pacific atlantic upper lower great greater")
}

extension PlaceLexicon {
    /// Words for one person of a nation, which after `the` stand for someone named before (`the American said`,
    /// `the Scot added`), as sports and foreign reports write.
    static let demonyms = WordList("""
        american briton englishman scot welshman irishman frenchman frenchwoman spaniard german italian dutchman
        belgian swiss austrian swede dane norwegian finn pole czech slovak hungarian croat serb slovenian romanian
        bulgarian greek portuguese russian ukrainian georgian turk israeli palestinian egyptian moroccan tunisian
        algerian nigerian kenyan ghanaian ethiopian cameroonian ivorian senegalese zimbabwean australian
        canadian mexican brazilian argentine argentinian chilean colombian peruvian uruguayan venezuelan cuban
        jamaican indian pakistani chinese japanese korean thai vietnamese indonesian filipino iranian iraqi syrian
        saudi afghan texan californian floridian londoner scotsman
        """)
}
