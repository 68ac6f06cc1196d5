package io.kairos.customer.profile;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CustomerRepository extends ListCrudRepository<Customer, Long> {

	@Query("select id from customer where mobile = :mobile")
	Optional<Long> findIdByMobile(String mobile);

	@Query("select customer from customer_phone where phone = :phone")
	java.util.List<Long> findIdsByAdditionalPhone(String phone);

	@Query("select id from customer where wechat_openid = :openid")
	Optional<Long> findIdByWechatOpenid(String openid);

}
