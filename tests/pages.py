"""Pages from other sites, written for the tests (not seeds): each with what must stay and go."""

CHINESE_PORTAL = """网站首页 | 新闻中心 | 政务公开 | 联系我们
当前位置: 首页 >> 新闻中心 >> 正文
新疆哈密市伊吾县算力产业园签约仪式举行
发布时间：2025年7月15日  来源：哈密日报  浏览次数：1234
7月15日，伊吾县算力产业园项目签约仪式在县城举行。此次签约的项目共有12个，总投资额约为68亿元，主要涉及数据中心、清洁能源和算力服务等领域。
伊吾县相关负责人表示，当地将充分利用风光资源优势，为数据中心提供低成本的绿色电力。
责任编辑：张三
版权所有 © 2025 伊吾县人民政府  地址：新疆哈密市伊吾县  电话：0902-1234567
"""

NEWS_SITE = """We use cookies to improve your experience. Accept all cookies
Home | World | Business | Tech | Opinion
Tech
Nvidia chips find their way to desert data centres
By Jane Doe and John Roe
Published 14 July 2025
Share on Facebook
Operators in Xinjiang say they will install tens of thousands of chips by next year, according to planning documents reviewed by the newspaper.
The documents list 36 facilities in the Yiwu area of Hami.
"We expect the first phase to be ready soon," one manager said.
Related articles
China's chip ambitions face power limits
How export controls work
Contact us | Terms of use | Privacy policy
© 2025 Example Times Ltd. All rights reserved.
"""

PODCAST = """Listen on Apple Podcasts
Episode 112: Inside China's desert data centres
Subscribe on Spotify
In this episode, our reporters explain how export-banned chips reached data centres in Xinjiang, and why the region's cheap power matters.
Transcript
HOST: Welcome back. Today we're talking about the build-out of computing power in China's far west.
REPORTER: There are roughly three dozen projects, and some of them plan to use Nvidia hardware.
Show notes
Produced by Sam Lee. Music by Example Audio.
"""

GLUED = ("HomeNewsSportWeatherIPlayerSoundsBitesize"
         "China's desert data centres draw scrutiny"
         "The build-out in Xinjiang has accelerated this year, officials say, with dozens of projects under way."
         "Share this pageFacebookTwitterMore on this storyRelated Topics\n")

INTERFACE_EN = """Rivers run low as the dry season starts early
By Maria Lopez | 12 March 2026
1.2k views
Listen to this article
Favourite
Print
0
Engineers at the river authority said on Wednesday that the main channel had dropped by 40 centimetres in two weeks, the fastest fall since records began.
Photo: A barge waits at the lock near the old mill.
The authority will cut shipping allowances by a third from Monday, and farmers have been asked to delay irrigation.
This article was machine translated from Spanish.
"""

INTERFACE_ZH = """城市地铁新线路下月开通
阅读 1234
分享到微信
收藏
新线路全长三十二公里，共设二十个车站，市交通局表示，预计每天可运送乘客四十万人次。
图片来源：市交通局
一位乘客说：「我每天上班要换乘两次，新线路开通后只需要一次。」
市交通局表示，首班车将于早上六点发出，末班车为晚上十一点。
本文由人工智能翻译，仅供参考。
"""

INTERFACE_FR = """La ville plante dix mille arbres avant l'été
Partager
Imprimer
3 partages
La mairie a annoncé lundi un programme de plantation de dix mille arbres dans les quartiers les plus chauds, pour un coût de quatre millions d'euros.
Crédit photo : Service des espaces verts
Les premiers arbres seront plantés dès le mois d'avril le long des boulevards, selon l'adjointe chargée de l'environnement.
Lire la suite
"""
