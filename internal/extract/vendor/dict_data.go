package vendor

// builtinEntries is the built-in dictionary: cloud, IT and telecom companies with the other names
// they go by (brands, products and subsidiaries that stand for the company). config.yaml's
// vendors: list extends it; an entry there whose name is already known replaces the one below.
//
// Matching rules (see dict.go): an alias matches only when written with a capital first letter;
// a Strict entry (a company named by an everyday word: Orange, Free, Apple, Honor…) matches only
// when written exactly as listed, and not inside a title written in Title Case.
//
// Products and brands (FACTS.md: they map to the company) are aliases only when their name is
// unambiguous in tech news and means the company's business: Alexa, Prime Video, Xbox,
// Office 365, Gmail, G Suite. A product named by an everyday word is listed only with its maker
// written before it (Amazon Echo, Microsoft Teams: the maker's name already matches alone).
// Platforms that other makers' goods run on (Android, Windows, iOS) are no aliases: "a phone
// running Android" or "Android Auto" in a car review names no Google business, and the gold
// does not count Google there. Companies acquired but still reported as companies (WhatsApp,
// Instagram, LinkedIn, GitHub, YouTube) keep their own entries: the news names them as deal
// targets ("Microsoft bought GitHub"), and the seeds and sample gold score them so.
func builtinEntries() []Entry {
	var all []Entry
	for _, part := range [][]Entry{hyperscalerEntries(), chinaEntries(), europeEntries(), itEntries(), platformEntries(), serviceEntries(),
		analystEntries()} {
		all = append(all, part...)
	}
	return all
}

// hyperscalerEntries are the hyperscalers and large software vendors.
func hyperscalerEntries() []Entry {
	return []Entry{
		{Name: "Amazon", Aliases: []string{"AWS", "Amazon Web Services", "Amazon.com", "Amazon Cloud", "Alexa",
			"Amazon Echo", "Prime Video"}},
		{Name: "Microsoft", Aliases: []string{"Azure", "Microsoft Azure", "MSFT", "Xbox", "Office 365",
			"Microsoft 365", "Microsoft Teams"}},
		{Name: "Google", Aliases: []string{"Google Cloud", "GCP", "Google Cloud Platform", "Alphabet", "Gmail",
			"G Suite", "Google Workspace"}},
		{Name: "Oracle", Aliases: []string{"OCI", "Oracle Cloud", "Oracle Cloud Infrastructure"}},
		{Name: "IBM", Aliases: []string{"IBM Cloud", "International Business Machines"}},
		{Name: "Salesforce", Aliases: []string{"Salesforce.com"}},
		{Name: "SAP"},
		{Name: "Meta", Aliases: []string{"Facebook", "Meta Platforms"}, Strict: true},
		{Name: "WhatsApp"},
		{Name: "Apple", Aliases: []string{"Apple Computer"}, Strict: true},
	}
}

// chinaEntries are the Chinese clouds and telecom operators.
func chinaEntries() []Entry {
	return []Entry{
		{Name: "Alibaba", Aliases: []string{"Alibaba Cloud", "Aliyun", "Alibaba Group"}},
		{Name: "Tencent", Aliases: []string{"Tencent Cloud"}},
		{Name: "Huawei", Aliases: []string{"Huawei Cloud", "Huawei Technologies"}},
		{Name: "Baidu", Aliases: []string{"Baidu AI Cloud", "Baidu Cloud"}},
		{Name: "ByteDance", Aliases: []string{"Volcano Engine", "Volcengine"}},
		{Name: "China Telecom", Aliases: []string{"Tianyi Cloud", "CTYun"}},
		{Name: "China Mobile"},
		{Name: "China Unicom"},
		{Name: "Kingsoft", Aliases: []string{"Kingsoft Cloud"}},
		{Name: "JD.com", Aliases: []string{"JD Cloud"}},
		{Name: "ZTE"},
		{Name: "Xiaomi"},
		{Name: "Honor", Strict: true},
	}
}

// europeEntries are the European clouds, telecom operators and IT services.
func europeEntries() []Entry {
	return []Entry{
		{Name: "OVHcloud", Aliases: []string{"OVH", "OVH Cloud"}},
		{Name: "Scaleway"},
		{Name: "Free", Aliases: []string{"Free Mobile", "Free Pro"}, Strict: true},
		{Name: "Iliad", Aliases: []string{"Iliad Group"}}, // Free's parent: its own name in deals
		{Name: "Orange", Aliases: []string{"Orange Business", "Orange Business Services", "France Télécom"}, Strict: true},
		{Name: "Deutsche Telekom", Aliases: []string{"T-Systems", "Telekom", "Open Telekom Cloud"}},
		{Name: "Vodafone"},
		{Name: "Telefónica", Aliases: []string{"Telefonica Tech", "Telefónica Tech"}},
		{Name: "BT", Aliases: []string{"British Telecom", "BT Group"}},
		{Name: "SFR"},
		{Name: "Altice", Aliases: []string{"Altice France", "Altice Group"}}, // SFR's parent
		{Name: "Bouygues Telecom", Aliases: []string{"Bouygues"}},
		{Name: "Atos", Aliases: []string{"Eviden"}},
		{Name: "Capgemini"},
		{Name: "Sopra Steria", Aliases: []string{"Sopra"}},
		{Name: "Outscale", Aliases: []string{"3DS Outscale"}},
		{Name: "Dassault Systèmes"},
		{Name: "IONOS", Aliases: []string{"1&1 IONOS", "Ionos"}},
		{Name: "Hetzner"},
		{Name: "Telecom Italia", Aliases: []string{"TIM"}},
		{Name: "Swisscom"},
		{Name: "Proximus"},
		{Name: "Cegid"},
		{Name: "Thales"},
		{Name: "S3NS"},
		{Name: "Ericsson"},
		{Name: "Nokia"},
		{Name: "StackIT", Aliases: []string{"STACKIT"}},
		{Name: "Schwarz Digits"}, // StackIT's parent
		{Name: "Exoscale"},
		{Name: "NumSpot"},
		{Name: "Cloud Temple"},
		{Name: "Clever Cloud"},
		{Name: "Oodrive"},
		{Name: "Docaposte"},
		{Name: "Inetum"},
		{Name: "Econocom"},
		{Name: "Claranet"},
		{Name: "Worldline"},
		{Name: "Infomaniak"},
		{Name: "UpCloud"},
		{Name: "Gcore"},
		{Name: "Telia"},
		{Name: "KPN"},
		{Name: "Telenor"},
	}
}

// itEntries are IT services, hardware and software companies.
func itEntries() []Entry {
	return []Entry{
		{Name: "HPE", Aliases: []string{"Hewlett Packard Enterprise", "Hewlett-Packard Enterprise"}},
		{Name: "HP", Aliases: []string{"Hewlett-Packard", "HP Inc"}},
		{Name: "Dell", Aliases: []string{"Dell Technologies", "Dell EMC"}},
		{Name: "EMC", Aliases: []string{"EMC Corp", "EMC Corporation"}}, // bought by Dell in 2016: a deal party
		{Name: "VMware"},
		{Name: "Broadcom"},
		{Name: "Cisco", Aliases: []string{"Cisco Systems"}},
		{Name: "Accenture"},
		{Name: "Kyndryl"},
		{Name: "DXC", Aliases: []string{"DXC Technology"}},
		{Name: "Rackspace", Aliases: []string{"Rackspace Technology"}},
		{Name: "Equinix"},
		{Name: "Digital Realty"},
		{Name: "Nutanix"},
		{Name: "Red Hat"},
		{Name: "Snowflake", Strict: true},
		{Name: "Databricks"},
		{Name: "ServiceNow"},
		{Name: "Workday", Strict: true},
		{Name: "Nvidia", Aliases: []string{"NVIDIA"}},
		{Name: "Intel"},
		{Name: "AMD", Aliases: []string{"Advanced Micro Devices"}},
		{Name: "Samsung", Aliases: []string{"Samsung Electronics"}},
		{Name: "Lenovo"},
		{Name: "Fujitsu"},
		{Name: "NTT", Aliases: []string{"NTT Data", "Nippon Telegraph and Telephone"}},
		{Name: "Infosys"},
		{Name: "TCS", Aliases: []string{"Tata Consultancy Services"}},
		{Name: "Wipro"},
		{Name: "HCLTech", Aliases: []string{"HCL Technologies", "HCL"}},
		{Name: "Cognizant"},
		{Name: "Cloudflare"},
		{Name: "Akamai"},
		{Name: "DigitalOcean"},
		{Name: "CoreWeave"},
		{Name: "Anthropic"},
		{Name: "OpenAI"},
		{Name: "Mistral AI", Aliases: []string{"Mistral"}},
		{Name: "Adobe"},
		{Name: "Netflix"},
		{Name: "Zoom", Aliases: []string{"Zoom Video Communications"}, Strict: true},
		{Name: "Dropbox"},
		{Name: "Box", Strict: true},
		{Name: "Citrix"},
		{Name: "NetApp"},
		{Name: "Pure Storage"},
		{Name: "Palantir"},
		{Name: "MongoDB"},
		{Name: "Teradata"},
		{Name: "Hitachi", Aliases: []string{"Hitachi Vantara"}},
		{Name: "NEC"},
		{Name: "Qualcomm"},
		{Name: "Arm", Aliases: []string{"ARM Holdings"}, Strict: true},
		{Name: "AT&T"},
		{Name: "Verizon"},
		{Name: "Naver", Aliases: []string{"Naver Cloud"}},
		{Name: "Yandex", Aliases: []string{"Yandex Cloud"}},
		{Name: "Linode", Aliases: []string{"Akamai Connected Cloud"}},
		{Name: "Vultr"},
		{Name: "Twitter", Aliases: []string{"X Corp"}},
	}
}

// platformEntries are network, device, security and internet platform companies.
func platformEntries() []Entry {
	return []Entry{
		{Name: "Lumen", Aliases: []string{"Lumen Technologies"}},
		{Name: "Siemens"},
		{Name: "Philips"},
		{Name: "Sony"},
		{Name: "Toshiba"},
		{Name: "Panasonic"},
		{Name: "LG", Aliases: []string{"LG Electronics"}},
		{Name: "Motorola"},
		{Name: "Texas Instruments"},
		{Name: "Micron"},
		{Name: "SK Hynix"},
		{Name: "TSMC"},
		{Name: "Foxconn"},
		{Name: "ASML"},
		{Name: "Arista", Aliases: []string{"Arista Networks"}},
		{Name: "Juniper Networks"},
		{Name: "Palo Alto Networks"},
		{Name: "Fortinet"},
		{Name: "CrowdStrike"},
		{Name: "Zscaler"},
		{Name: "Atlassian"},
		{Name: "Shopify"},
		{Name: "Uber"},
		{Name: "Spotify"},
		{Name: "Tesla"},
		{Name: "TikTok"},
		{Name: "YouTube"},
		{Name: "Instagram"},
		{Name: "LinkedIn"},
		{Name: "GitHub"},
		{Name: "Twitch"},
	}
}

// serviceEntries are consultancies, data and AI platforms and data-centre operators.
func serviceEntries() []Entry {
	return []Entry{
		{Name: "Supermicro", Aliases: []string{"Super Micro Computer", "Super Micro"}},
		{Name: "Deloitte"},
		{Name: "PwC", Aliases: []string{"PricewaterhouseCoopers"}},
		{Name: "KPMG"},
		{Name: "EY", Aliases: []string{"Ernst & Young"}},
		{Name: "McKinsey", Aliases: []string{"McKinsey & Company"}},
		{Name: "Okta"},
		{Name: "Confluent"},
		{Name: "HashiCorp"},
		{Name: "GitLab"},
		{Name: "Datadog"},
		{Name: "Splunk"},
		{Name: "Twilio"},
		{Name: "Cloudera"},
		{Name: "Informatica"},
		{Name: "SAS Institute"},
		{Name: "Intuit"},
		{Name: "Autodesk"},
		{Name: "HubSpot"},
		{Name: "DocuSign"},
		{Name: "Slack"},
		{Name: "Stripe", Strict: true},
		{Name: "Perplexity", Aliases: []string{"Perplexity AI"}},
		{Name: "Groq"},
		{Name: "Cerebras"},
		{Name: "Iron Mountain"},
		{Name: "CyrusOne"},
		{Name: "Vantage Data Centers"},
		{Name: "Data4"},
		{Name: "Leaseweb"},
		{Name: "Contabo"},
		{Name: "Alten"},
		{Name: "Akkodis"},
		{Name: "Fastly"},
		{Name: "Backblaze"},
		{Name: "Nebius"},
		{Name: "Crusoe"},
		{Name: "xAI"},
		{Name: "eBay"},
		{Name: "iFlytek"},
		{Name: "Cohere"},
		{Name: "Hugging Face"},
		{Name: "SUSE"},
		{Name: "Inspur"},
		{Name: "H3C"},
		{Name: "KDDI"},
		{Name: "SoftBank"},
		{Name: "Sakura Internet"},
		{Name: "KT", Aliases: []string{"KT Cloud"}},
		{Name: "Samsung SDS"},
		{Name: "Jio", Aliases: []string{"Reliance Jio", "Jio Platforms"}},
	}
}

// analystEntries are analyst firms: companies too, but never holders of the market shares they
// publish.
func analystEntries() []Entry {
	return []Entry{
		{Name: "Gartner"},
		{Name: "IDC", Aliases: []string{"International Data Corporation"}},
		{Name: "Canalys"},
		{Name: "Synergy Research Group", Aliases: []string{"Synergy Research", "Synergy"}},
		{Name: "Forrester", Aliases: []string{"Forrester Research"}},
		{Name: "Omdia"},
		{Name: "Counterpoint", Aliases: []string{"Counterpoint Research"}},
		{Name: "Constellation Research"},
	}
}

// AnalystFirms are the canonical names of firms that publish market shares; a share is never
// attributed to them.
var AnalystFirms = map[string]bool{
	"Gartner": true, "IDC": true, "Canalys": true, "Synergy Research Group": true, "Forrester": true,
	"Omdia": true, "Counterpoint": true, "Constellation Research": true,
}
