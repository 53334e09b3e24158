extension OrganisationLexicon {
    /// One-word names of companies, clubs and movements in the news that name no person (`Microsoft said`, `Boeing
    /// expects`, `Arsenal confirmed`), so they are organisations even when nothing around them says so. Names that
    /// are also first names or famous surnames (Ford, Dell, Disney, Chelsea, Bloomberg) are left out. Acronyms that
    /// British style writes with one capital (`Opec`, `Nato`, `Ofcom`) are here too.
    static let knownOrganisations = WordList("""
        microsoft apple google amazon facebook twitter yahoo ebay intel nokia motorola samsung sony nintendo sega
        oracle cisco netflix spotify uber airbnb tesla nvidia qualcomm adobe symantec mcafee napster kazaa skype
        myspace youtube wikipedia linkedin instagram whatsapp tiktok huawei lenovo xiaomi alibaba baidu tencent
        vodafone ericsson siemens philips toshiba hitachi panasonic fujitsu toyota honda nissan volkswagen audi
        fiat renault peugeot citroen volvo saab porsche ferrari hyundai mazda subaru mitsubishi chrysler boeing
        airbus ryanair easyjet lufthansa qantas aeroflot alitalia barclays lloyds natwest citigroup citibank
        mastercard paypal tesco asda walmart wal-mart ikea nike adidas reebok pepsi nestle unilever diageo
        starbucks exxon chevron gazprom rosneft yukos reuters viacom vivendi pfizer glaxosmithkline novartis
        astrazeneca arsenal everton juventus ajax benfica greenpeace oxfam hamas hezbollah fatah taliban
        opec nato unicef unesco interpol europol fifa uefa ofcom ofsted ofgem ofwat acas nasa
        """)
}
